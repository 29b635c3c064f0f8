package vn.cascade.common.time;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Set;

/**
 * Refuses to start a service whose clock an administrator could move outside a demo or a test: one environment
 * variable must not let anyone date reports and deadlines at will in production.
 */
@ApplicationScoped
public class ClockGuard {

    /** The profiles under which the clock may be adjustable: the local stack and system tests run with {@code demo}. */
    static final Set<String> ALLOWED_PROFILES = Set.of("demo", "dev", "test");

    void check(@Observes StartupEvent started, ClockConfig config) {
        requireAllowed(config.adjustable(), ConfigUtils.getProfiles());
    }

    static void requireAllowed(boolean adjustable, List<String> activeProfiles) {
        if (adjustable && activeProfiles.stream().noneMatch(ALLOWED_PROFILES::contains)) {
            throw new IllegalStateException("cascade.clock.adjustable=true is for demos and tests only, but the active "
                    + "profiles are " + activeProfiles + ": unset CASCADE_CLOCK_ADJUSTABLE, or start with the demo "
                    + "profile (QUARKUS_PROFILE=prod,demo) where moving the clock is intended");
        }
    }
}
