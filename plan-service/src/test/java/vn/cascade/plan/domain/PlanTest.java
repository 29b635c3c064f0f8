package vn.cascade.plan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import vn.cascade.common.domain.DomainException;

class PlanTest {

    @Test
    void shouldCompleteAnAmendedPlanWithItsNote() {
        Plan plan = plan(PlanStatus.ISSUED);

        plan.markAmended("Bổ sung nhiệm vụ");
        plan.complete("Đã hoàn thành");

        assertEquals(PlanStatus.COMPLETED, plan.status);
        assertEquals("Đã hoàn thành", plan.statusReason);
    }

    @Test
    void shouldRefuseToRevokeADraftAsAConflictNamingTheAllowedStatuses() {
        Plan plan = plan(PlanStatus.DRAFT);

        DomainException refused = assertThrows(DomainException.class, () -> plan.revoke("Không còn phù hợp"));

        assertEquals(DomainException.Kind.CONFLICT, refused.kind());
        assertEquals("Cannot revoke a plan that is DRAFT; allowed from AMENDED, ISSUED", refused.getMessage());
    }

    @Test
    void shouldIssueOnlyADraft() {
        Plan plan = plan(PlanStatus.REVOKED);

        assertThrows(DomainException.class, () -> plan.issue(OffsetDateTime.now()));
    }

    @Test
    void shouldTakeAnActionProgrammeSymbolWrittenLoosely() {
        assertEquals("48-CTr/TU", Plan.symbolOf("symbol", "48-Ctr/TU").toString());
    }

    @Test
    void shouldRefuseADirectiveSymbolAsAPlanSymbolOnTheFieldGiven() {
        DomainException refused = assertThrows(DomainException.class, () -> Plan.symbolOf("symbol", "21-NQ/TW"));

        assertEquals(DomainException.Kind.INVALID, refused.kind());
        assertEquals("symbol", refused.violations().getFirst().field());
    }

    private static Plan plan(PlanStatus status) {
        Plan plan = new Plan();
        plan.status = status;
        return plan;
    }
}
