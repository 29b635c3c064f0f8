package vn.cascade.common.time;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClockGuardTest {

    @Test
    void shouldRefuseAnAdjustableClockInProduction() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> ClockGuard.requireAllowed(true, List.of("prod")));
        assertTrue(refused.getMessage().contains("CASCADE_CLOCK_ADJUSTABLE"), refused.getMessage());
    }

    @Test
    void shouldAllowAnAdjustableClockInTheDemoAndInTests() {
        assertDoesNotThrow(() -> ClockGuard.requireAllowed(true, List.of("prod", "demo")));
        assertDoesNotThrow(() -> ClockGuard.requireAllowed(true, List.of("test")));
    }

    @Test
    void shouldAlwaysAllowTheSystemClock() {
        assertDoesNotThrow(() -> ClockGuard.requireAllowed(false, List.of("prod")));
    }
}
