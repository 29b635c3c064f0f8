package vn.cascade.reporting;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cascade.reporting.TestPlans.organization;
import static vn.cascade.reporting.TestPlans.plan;
import static vn.cascade.reporting.TestPlans.requirement;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.cascade.common.events.PlanSnapshot;
import vn.cascade.common.events.PlanSnapshot.OrganizationRef;
import vn.cascade.common.events.ReportingFrequency;
import vn.cascade.common.events.ReportingPeriodKind;
import vn.cascade.reporting.domain.ObligationStatus;
import vn.cascade.reporting.domain.ReportingObligation;

@QuarkusTest
class PlanObligationsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    TestPlans plans;

    @Test
    void shouldOweQ1H1M9AndYearPerReporterForTheSeed04Clause() {
        OrganizationRef city = organization("TU");
        OrganizationRef districtA = organization("QU");
        OrganizationRef districtB = organization("HU");
        UUID planId = UUID.randomUUID();
        PlanSnapshot issued = plan(planId, 1, "ISSUED", city, List.of(requirement(UUID.randomUUID(),
                List.of(districtA, districtB), city, organization("BTC-TU"), TestPlans.SEED_04, List.of(2023), 5, 7)));

        String eventId = plans.send(PlanSnapshot.ISSUED, issued);
        await().atMost(WAIT).until(() -> plans.applied(eventId));

        List<ReportingObligation> owed = plans.obligations(planId);
        assertEquals(8, owed.size(), "four reports for each of two districts");
        for (OrganizationRef district : List.of(districtA, districtB)) {
            Map<ReportingPeriodKind, ReportingObligation> byPeriod = owed.stream()
                    .filter(o -> o.organizationId.equals(district.id()))
                    .collect(Collectors.toMap(o -> o.periodKind, Function.identity()));
            assertEquals(Set.of(ReportingPeriodKind.Q1, ReportingPeriodKind.H1, ReportingPeriodKind.M9,
                    ReportingPeriodKind.YEAR), byPeriod.keySet());
            assertEquals(LocalDate.of(2023, 4, 5), byPeriod.get(ReportingPeriodKind.Q1).dueDate);
            assertEquals(LocalDate.of(2023, 7, 5), byPeriod.get(ReportingPeriodKind.H1).dueDate);
            assertEquals(LocalDate.of(2023, 10, 5), byPeriod.get(ReportingPeriodKind.M9).dueDate);
            assertEquals(LocalDate.of(2024, 1, 5), byPeriod.get(ReportingPeriodKind.YEAR).dueDate);
            assertEquals(LocalDate.of(2023, 3, 29), byPeriod.get(ReportingPeriodKind.Q1).reminderDate);
            ReportingObligation q1 = byPeriod.get(ReportingPeriodKind.Q1);
            assertEquals(district.code(), q1.organizationCode);
            assertEquals(city.code(), q1.recipientCode);
            assertEquals(issued.symbol(), q1.planSymbol);
            assertEquals(ObligationStatus.PENDING, q1.status);
            assertEquals(LocalDate.of(2023, 1, 1), q1.periodStart);
            assertEquals(LocalDate.of(2023, 3, 31), q1.periodEnd);
        }
    }

    /** Issue 18: the consumer's transaction is on the path from a plan issued to its obligations readable. */
    @Test
    void shouldApplyAPlanOwingOneReportInAFewStatements() {
        OrganizationRef city = organization("TU");
        UUID planId = UUID.randomUUID();
        PlanSnapshot issued = plan(planId, 1, "ISSUED", city, List.of(requirement(UUID.randomUUID(),
                List.of(organization("HU")), city, null, Set.of(ReportingFrequency.ANNUAL), List.of(2026), 5, 7)));
        StatementCounter.clearConsumer();
        String eventId = plans.send(PlanSnapshot.ISSUED, issued);
        await().atMost(WAIT).until(() -> plans.applied(eventId));

        List<String> statements = StatementCounter.consumer();
        // 8 in run 7c, each a round trip inside the transaction that makes the obligation readable.
        assertTrue(statements.size() <= 8, () -> statements.size() + " statements:\n" + String.join("\n", statements));
    }

    @Test
    void shouldChangeNothingWhenTheSameEventIsReplayed() {
        OrganizationRef city = organization("TU");
        UUID planId = UUID.randomUUID();
        PlanSnapshot issued = plan(planId, 1, "ISSUED", city, List.of(requirement(UUID.randomUUID(),
                List.of(organization("QU")), city, null, TestPlans.SEED_04, List.of(2023), 5, 7)));
        String first = plans.send(PlanSnapshot.ISSUED, issued);
        await().atMost(WAIT).until(() -> plans.applied(first));
        List<ReportingObligation> before = plans.obligations(planId);

        // The same plan version again, as a new event (re-published by plan-service or replayed from a dead letter).
        String replay = plans.send(PlanSnapshot.ISSUED, issued);
        await().atMost(WAIT).until(() -> plans.applied(replay));

        List<ReportingObligation> after = plans.obligations(planId);
        assertEquals(4, after.size());
        assertEquals(fingerprint(before), fingerprint(after));
    }

    @Test
    void shouldAdjustOpenObligationsWhenThePlanIsAmendedAndCancelThemWhenRevoked() {
        OrganizationRef city = organization("TU");
        OrganizationRef staying = organization("QU");
        OrganizationRef leaving = organization("HU");
        OrganizationRef joining = organization("TX");
        UUID planId = UUID.randomUUID();
        UUID requirementId = UUID.randomUUID();
        String issued = plans.send(PlanSnapshot.ISSUED, plan(planId, 1, "ISSUED", city, List.of(requirement(
                requirementId, List.of(staying, leaving), city, null, TestPlans.SEED_04, List.of(2023), 5, 7))));
        await().atMost(WAIT).until(() -> plans.applied(issued));
        // the staying district has already sent its Q1 report: an amendment no longer touches it
        UUID submittedQ1 = find(plans.obligations(planId), staying, ReportingPeriodKind.Q1).id;
        plans.execute("UPDATE reporting_obligation SET status = 'SUBMITTED' WHERE id = ?1", submittedQ1);

        // amended: no 9-month report, due 10 days after the period end, one district out and one in
        String amended = plans.send(PlanSnapshot.AMENDED, plan(planId, 2, "AMENDED", city, List.of(requirement(
                requirementId, List.of(staying, joining), city, null,
                Set.of(ReportingFrequency.QUARTERLY, ReportingFrequency.HALF_YEARLY, ReportingFrequency.ANNUAL),
                List.of(2023), 10, 7))));
        await().atMost(WAIT).until(() -> plans.applied(amended));

        List<ReportingObligation> afterAmendment = plans.obligations(planId);
        ReportingObligation q1 = find(afterAmendment, staying, ReportingPeriodKind.Q1);
        assertEquals(ObligationStatus.SUBMITTED, q1.status);
        assertEquals(LocalDate.of(2023, 4, 5), q1.dueDate, "a submitted obligation keeps its due date");
        assertEquals(LocalDate.of(2023, 7, 10), find(afterAmendment, staying, ReportingPeriodKind.H1).dueDate);
        assertEquals(LocalDate.of(2023, 7, 3), find(afterAmendment, staying, ReportingPeriodKind.H1).reminderDate);
        assertEquals(LocalDate.of(2023, 10, 10), find(afterAmendment, staying, ReportingPeriodKind.Q3).dueDate,
                "without the 9-month report the third quarter is owed on its own");
        assertEquals(ObligationStatus.CANCELLED, find(afterAmendment, staying, ReportingPeriodKind.M9).status);
        assertEquals(Set.of(ObligationStatus.CANCELLED), statuses(afterAmendment, leaving));
        assertEquals(Set.of(ReportingPeriodKind.Q1, ReportingPeriodKind.H1, ReportingPeriodKind.Q3,
                ReportingPeriodKind.YEAR), afterAmendment.stream().filter(o -> o.organizationId.equals(joining.id()))
                .map(o -> o.periodKind).collect(Collectors.toSet()));
        assertEquals(Set.of(ObligationStatus.PENDING), statuses(afterAmendment, joining));

        String revoked = plans.send(PlanSnapshot.REVOKED, plan(planId, 3, "REVOKED", city, List.of()));
        await().atMost(WAIT).until(() -> plans.applied(revoked));
        List<ReportingObligation> afterRevocation = plans.obligations(planId);
        assertEquals(ObligationStatus.SUBMITTED, find(afterRevocation, staying, ReportingPeriodKind.Q1).status,
                "a report already sent stays");
        assertEquals(1, afterRevocation.stream().filter(o -> o.status != ObligationStatus.CANCELLED).count());

        // a late copy of the issued version never brings the revoked plan's obligations back
        String late = plans.send(PlanSnapshot.ISSUED, plan(planId, 1, "ISSUED", city, List.of(requirement(
                requirementId, List.of(staying, leaving), city, null, TestPlans.SEED_04, List.of(2023), 5, 7))));
        await().atMost(WAIT).until(() -> plans.applied(late));
        assertEquals(fingerprint(afterRevocation), fingerprint(plans.obligations(planId)));
    }

    private static ReportingObligation find(List<ReportingObligation> obligations, OrganizationRef reporter,
            ReportingPeriodKind kind) {
        return obligations.stream().filter(o -> o.organizationId.equals(reporter.id()) && o.periodKind == kind)
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " for " + reporter.code()));
    }

    private static Set<ObligationStatus> statuses(List<ReportingObligation> obligations, OrganizationRef reporter) {
        return obligations.stream().filter(o -> o.organizationId.equals(reporter.id())).map(o -> o.status)
                .collect(Collectors.toSet());
    }

    private static List<String> fingerprint(List<ReportingObligation> obligations) {
        return obligations.stream().map(o -> String.join("|", o.id.toString(), o.periodKind.name(),
                String.valueOf(o.dueDate), o.status.name(), String.valueOf(o.version), String.valueOf(o.updatedAt)))
                .sorted().toList();
    }
}
