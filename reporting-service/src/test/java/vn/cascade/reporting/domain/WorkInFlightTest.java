package vn.cascade.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cascade.reporting.domain.WorkInFlight.Decision;

class WorkInFlightTest {

    private static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);
    private static final UUID PROVINCE = UUID.randomUUID();
    private static final UUID CENTRE = UUID.randomUUID();
    private static final UUID SUCCESSOR = UUID.randomUUID();

    @Test
    void shouldKeepWhatWasAnsweredAndWhatThePeriodBeforeTheChangeOwes() {
        assertEquals(Decision.KEEP, decide(ObligationStatus.ACCEPTED, LocalDate.of(2025, 12, 31), CENTRE, SUCCESSOR, false));
        assertEquals(Decision.KEEP, decide(ObligationStatus.SUBMITTED, LocalDate.of(2025, 12, 31), CENTRE, SUCCESSOR, false));
        assertEquals(Decision.KEEP, decide(ObligationStatus.CANCELLED, LocalDate.of(2025, 12, 31), CENTRE, null, false));
        assertEquals(Decision.KEEP, decide(ObligationStatus.OVERDUE, LocalDate.of(2025, 6, 30), CENTRE, null, false));
    }

    @Test
    void shouldMoveAnOpenLaterPeriodToTheOneSuccessor() {
        assertEquals(Decision.MOVE, decide(ObligationStatus.PENDING, LocalDate.of(2025, 12, 31), CENTRE, SUCCESSOR, false));
        assertEquals(Decision.MOVE, decide(ObligationStatus.DUE, JULY_1, CENTRE, SUCCESSOR, false),
                "a period ending on the day it ceased was not lived to its end");
    }

    @Test
    void shouldCancelWhenNobodyOrTheRecipientItselfWouldTakeItOver() {
        assertEquals(Decision.CANCEL, decide(ObligationStatus.PENDING, LocalDate.of(2025, 12, 31), CENTRE, null, false));
        assertEquals(Decision.CANCEL, decide(ObligationStatus.PENDING, LocalDate.of(2025, 12, 31), SUCCESSOR, SUCCESSOR, false),
                "a district dissolved into the province it reports to");
        assertEquals(Decision.CANCEL, decide(ObligationStatus.PENDING, LocalDate.of(2025, 12, 31), CENTRE, SUCCESSOR, true),
                "the successor owes the same report already");
        assertEquals(Decision.CANCEL, WorkInFlight.decide(new WorkInFlight.Obligation(ObligationStatus.PENDING,
                LocalDate.of(2026, 6, 30), CENTRE, SUCCESSOR), JULY_1, SUCCESSOR, false), "the successor issued the plan");
    }

    @Test
    void shouldReaddressWhatStillWaitsToOneSuccessor() {
        assertTrue(WorkInFlight.readdress(ObligationStatus.SUBMITTED, SUCCESSOR));
        assertTrue(WorkInFlight.readdress(ObligationStatus.OVERDUE, SUCCESSOR));
        assertFalse(WorkInFlight.readdress(ObligationStatus.ACCEPTED, SUCCESSOR));
        assertFalse(WorkInFlight.readdress(ObligationStatus.SUBMITTED, null));
    }

    private static Decision decide(ObligationStatus status, LocalDate periodEnd, UUID recipient, UUID successor,
            boolean owesAlready) {
        return WorkInFlight.decide(new WorkInFlight.Obligation(status, periodEnd, recipient, PROVINCE), JULY_1, successor,
                owesAlready);
    }
}
