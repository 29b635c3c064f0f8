package vn.cascade.reporting;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cascade.reporting.TestPlans.organization;
import static vn.cascade.reporting.TestPlans.plan;
import static vn.cascade.reporting.TestPlans.requirement;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cascade.common.events.PlanBasisChange;
import vn.cascade.common.events.TaskGuidanceLinked;
import vn.cascade.common.events.PlanSnapshot;
import vn.cascade.common.events.PlanSnapshot.OrganizationRef;
import vn.cascade.common.events.ReportingFrequency;
import vn.cascade.reporting.domain.ObligationStatus;
import vn.cascade.reporting.domain.ReportingObligation;

/**
 * Issue 19: a completed (or replaced) plan asks for no report of a period that has not begun; the reports of
 * periods begun or past stay owed, and those already given stay as they are.
 */
@QuarkusTest
class PlanCompletionObligationsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    TestPlans plans;

    @Test
    void shouldCancelOnlyTheObligationsOfPeriodsNotBegunWhenThePlanIsCompleted() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        int year = today.getYear();
        OrganizationRef province = organization("TU");
        OrganizationRef district = organization("HU");
        UUID planId = UUID.randomUUID();
        List<PlanSnapshot.ReportingRequirement> requirements = List.of(requirement(UUID.randomUUID(),
                List.of(district), province, null, Set.of(ReportingFrequency.QUARTERLY), List.of(year - 1, year, year + 1),
                5, 7));
        String issued = plans.send(PlanSnapshot.ISSUED, plan(planId, 1, "ISSUED", province, requirements));
        await().atMost(WAIT).until(() -> plans.applied(issued));
        List<ReportingObligation> owed = plans.obligations(planId);
        assertEquals(12, owed.size());
        // Last year's first quarter was answered before the plan was completed.
        ReportingObligation answered = owed.stream().filter(o -> o.periodYear == year - 1).findFirst().orElseThrow();
        plans.execute("UPDATE reporting_obligation SET status = 'SUBMITTED' WHERE id = ?1", answered.id);

        String completed = plans.send(PlanSnapshot.COMPLETED, plan(planId, 2, "COMPLETED", province, requirements));
        await().atMost(WAIT).until(() -> plans.applied(completed));

        List<ReportingObligation> after = plans.obligations(planId);
        assertEquals(12, after.size(), "nothing is deleted");
        for (ReportingObligation obligation : after) {
            if (obligation.id.equals(answered.id)) {
                assertEquals(ObligationStatus.SUBMITTED, obligation.status, "a report given stays");
            } else if (obligation.periodStart.isAfter(today)) {
                assertEquals(ObligationStatus.CANCELLED, obligation.status, obligation.periodKind + " " + obligation.periodYear);
                assertEquals("PLAN_COMPLETED", obligation.cancelReason);
            } else {
                assertTrue(obligation.status != ObligationStatus.CANCELLED,
                        "the current and past periods stay owed: " + obligation.periodKind + " " + obligation.periodYear);
                assertNull(obligation.cancelReason);
            }
        }
        assertEquals(4, after.stream().filter(o -> o.periodYear == year + 1 && o.status == ObligationStatus.CANCELLED)
                .count(), "every quarter of next year");
        assertEquals(0, after.stream().filter(o -> o.periodYear == year - 1 && o.status == ObligationStatus.CANCELLED)
                .count(), "none of last year");
    }

    @Test
    void shouldCancelTheFutureObligationsOfAReplacedPlanAndIgnoreBasisChangesAndGuidanceLinks() {
        int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        OrganizationRef province = organization("TU");
        UUID planId = UUID.randomUUID();
        List<PlanSnapshot.ReportingRequirement> requirements = List.of(requirement(UUID.randomUUID(),
                List.of(organization("HU")), province, null, Set.of(ReportingFrequency.ANNUAL), List.of(year + 1, year + 2),
                5, 7));
        String issued = plans.send(PlanSnapshot.ISSUED, plan(planId, 1, "ISSUED", province, requirements));
        await().atMost(WAIT).until(() -> plans.applied(issued));

        // A basis change told to this plan (its province's programme was amended) is accepted and changes nothing.
        String told = plans.sendBasisChange(new PlanBasisChange(planId, "12-KH/TU", province.id(), province.code(),
                new PlanBasisChange.Document("PLAN", UUID.randomUUID(), "48-CTr/TU", LocalDate.of(2022, 12, 2), "AMENDED"),
                "AMENDED", null, null, 1, null));
        await().atMost(WAIT).until(() -> plans.applied(told));
        // So is a task of it linked to the guidance it waited for: reports are owed per plan, not per task.
        String linked = plans.sendGuidanceLinked(new TaskGuidanceLinked(planId, "12-KH/TU", province.id(),
                province.code(), UUID.randomUUID(), "1.4", new TaskGuidanceLinked.Document("DIRECTIVE",
                        UUID.randomUUID(), "40-HD/BTCTW", "HD", "BTCTW", LocalDate.of(2023, 3, 15)),
                "ISSUER_AND_KIND", LocalDate.of(2023, 6, 13), "DEFAULT", null));
        await().atMost(WAIT).until(() -> plans.applied(linked));
        assertEquals(Set.of(ObligationStatus.PENDING), Set.copyOf(plans.obligations(planId).stream()
                .map(o -> o.status).toList()));

        String replaced = plans.send(PlanSnapshot.REPLACED, plan(planId, 2, "REPLACED", province, requirements));
        await().atMost(WAIT).until(() -> plans.applied(replaced));
        List<ReportingObligation> after = plans.obligations(planId);
        assertEquals(2, after.size());
        assertTrue(after.stream().allMatch(o -> o.status == ObligationStatus.CANCELLED
                && "PLAN_REPLACED".equals(o.cancelReason)));
    }
}
