package vn.cascade.common.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;

/**
 * The one clock of a service: the system's, or, with {@code cascade.clock.adjustable=true} (demos and system
 * tests), the {@link AdjustableClock} an administrator can move. Tests may replace it with their own bean.
 * It ticks in microseconds, PostgreSQL's precision: an instant written and read back is the same instant, so a
 * write's response and the next read have the same representation (and the same ETag).
 */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock(ClockConfig config, AdjustableClock adjustable) {
        return Clock.tick(config.adjustable() ? adjustable : Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
