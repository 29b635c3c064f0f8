package vn.cascade.common.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one clock of a service: the system's, or, with {@code cascade.clock.adjustable=true} (demos and system
 * tests), the {@link AdjustableClock} an administrator can move. Tests may replace it with their own bean.
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock(ClockConfig config, AdjustableClock adjustable) {
        return config.adjustable() ? adjustable : Clock.systemUTC();
    }
}
