package vn.cascade.common.time;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The system clock shifted by an offset an administrator sets: moved to an instant, it keeps ticking from
 * there, so a scheduler sees time pass as usual. Only the service's {@link Clock} when
 * {@code cascade.clock.adjustable} is on (see {@link ClockProducer}).
 */
@Singleton
@Unremovable
@Typed(AdjustableClock.class)
public class AdjustableClock extends Clock {

    private final Clock system = Clock.systemUTC();
    private volatile Duration offset = Duration.ZERO;

    /** From now on this clock reads {@code instant} and goes on from there. */
    public void moveTo(Instant instant) {
        offset = Duration.between(system.instant(), instant);
    }

    /** Back to the system's time. */
    public void reset() {
        offset = Duration.ZERO;
    }

    /** How far this clock is ahead of the system's (negative: behind). */
    public Duration offset() {
        return offset;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new Zoned(this, zone);
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset);
    }

    /** This clock seen in another zone; follows later moves of it. */
    private static final class Zoned extends Clock {

        private final AdjustableClock clock;
        private final ZoneId zone;

        Zoned(AdjustableClock clock, ZoneId zone) {
            this.clock = clock;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Zoned(clock, other);
        }

        @Override
        public Instant instant() {
            return clock.instant();
        }
    }
}
