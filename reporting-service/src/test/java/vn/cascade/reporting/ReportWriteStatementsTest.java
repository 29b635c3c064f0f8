package vn.cascade.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cascade.common.documents.Target;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.events.PlanSnapshot;
import vn.cascade.common.events.PlanSnapshot.ReportingRequirement;
import vn.cascade.common.events.ReportingFrequency;
import vn.cascade.common.testing.TestTokens;
import vn.cascade.reporting.TestOrganizations.Org;
import vn.cascade.reporting.domain.ReportingObligation;

/**
 * The statements one draft and one submission send, as {@link ReportSubmissionBenchmark} makes them (with an
 * Idempotency-Key): a figure that does not depend on the machine's load (issue 18, docs/benchmarks.md run 7a).
 * Pinned so that a round trip added to the write path fails here; the message lists the statements.
 */
@QuarkusTest
class ReportWriteStatementsTest {

    @Inject
    TestOrganizations organizations;
    @Inject
    TestPlans plans;

    @Test
    void shouldDraftAndSubmitInFewStatements() {
        Org centre = organizations.organization("BCHTW", "Ban Chấp hành Trung ương Đảng", OrganizationLevel.CENTRAL,
                null);
        Org district = organizations.organization("HU", "Huyện ủy Vĩnh Linh", OrganizationLevel.DISTRICT, centre);
        Org commune = organizations.organization("DU", "Đảng ủy xã Vĩnh Thái", OrganizationLevel.GRASSROOTS, district);
        UUID planId = UUID.randomUUID();
        List<Target> targets = List.of(new Target("NEW_MEMBERS_ADMITTED", "Kết nạp đảng viên mới mỗi năm",
                Target.Comparator.AT_LEAST, BigDecimal.valueOf(130), null, Target.Unit.COUNT,
                new Target.TargetPeriod(Target.TargetPeriod.Kind.ANNUALLY, 2021, 2030), null, null, null, null));
        ReportingRequirement requirement = new ReportingRequirement(UUID.randomUUID(), List.of(commune.ref()),
                district.ref(), null, Set.of(ReportingFrequency.ANNUAL), List.of(2027), 5, 7);
        String issued = plans.send(PlanSnapshot.ISSUED, new PlanSnapshot(planId, "49-CTr/HU", "CTr", district.id(),
                district.code(), LocalDate.of(2020, 12, 2), "Chương trình hành động", "ISSUED", 1, null, null,
                List.of(), targets, List.of(), List.of(requirement), null));
        await().atMost(Duration.ofSeconds(60)).until(() -> plans.applied(issued));
        ReportingObligation obligation = plans.obligations(planId).getFirst();
        String reporter = TestTokens.user("reporter-" + commune.code(), commune.code(), "reporter");

        String draft = UUID.randomUUID().toString();
        var drafted = given().auth().oauth2(reporter).header(StatementCounter.HEADER, draft)
                .header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON)
                .body(Map.of("obligationId", obligation.id,
                        "indicators", Map.of("NEW_MEMBERS_ADMITTED", 12, "TOTAL_MEMBERS", 310),
                        "narrative", Map.of("results", "Báo cáo kết quả năm 2027")))
                .when().post("/api/v1/reports").then().statusCode(201).extract();
        String submit = UUID.randomUUID().toString();
        given().auth().oauth2(reporter).header(StatementCounter.HEADER, submit)
                .header("Idempotency-Key", UUID.randomUUID().toString()).contentType(ContentType.JSON)
                .body(Map.of("version", drafted.<Integer>path("version")))
                .when().post("/api/v1/reports/{id}/submit", drafted.<String>path("id")).then().statusCode(200);

        System.out.printf("draft: %d statements%n  %s%nsubmit: %d statements%n  %s%n", StatementCounter.of(draft).size(),
                String.join("\n  ", StatementCounter.of(draft)), StatementCounter.of(submit).size(),
                String.join("\n  ", StatementCounter.of(submit)));
        // The caller's scope and the catalogue are kept per replica (run 7b): whether a request reads them depends on
        // what changed before it (ReadCostTest covers that), so they are left out of the count.
        // Draft: claim; obligation locked with its report's id; plan; report; the stored answer with the audit line,
        // committed with the draft (before run 7a: 10 and 2 commits).
        assertEquals(5, written(draft).size(), () -> String.join("\n", StatementCounter.of(draft)));
        // Submit: claim; report; obligation locked; report; obligation; version row; outbox row; the stored answer with
        // the audit line (before run 7a: 11 and 2 commits).
        assertEquals(8, written(submit).size(), () -> String.join("\n", StatementCounter.of(submit)));
    }

    private static List<String> written(String request) {
        return StatementCounter.of(request).stream().filter(sql -> !sql.contains(" from indicator i")
                && !sql.contains(" from indicator_alias ") && !sql.contains("WITH RECURSIVE back")).toList();
    }
}
