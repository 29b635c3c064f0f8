package vn.cascade.plan;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.events.PlanSnapshot.OrganizationRef;
import vn.cascade.common.events.ReportSnapshot;
import vn.cascade.common.events.ReportingPeriodKind;
import vn.cascade.common.testing.TestTokens;
import vn.cascade.plan.Fixtures.Org;

@QuarkusTest
class ReportedProgressTest {

    @Inject
    Fixtures fixtures;

    @Test
    void shouldTakeTaskProgressFromTheLatestAcceptedReportOfALeadUnit() {
        Org centre = fixtures.organization("BCHTW", "Ban Chấp hành Trung ương Đảng", OrganizationLevel.CENTRAL, null);
        Org province = fixtures.organization("TU-QUANGTRI", "Tỉnh ủy Quảng Trị", OrganizationLevel.PROVINCIAL, centre);
        Org district = fixtures.organization("HU-VINHLINH", "Huyện ủy Vĩnh Linh", OrganizationLevel.DISTRICT, province);
        String resolution = fixtures.directive("NQ", centre, LocalDate.of(2022, 6, 16), "PUBLISHED", List.of());
        String issuer = TestTokens.user("issuer", province.code(), "issuer", "reader");
        String planId = given().auth().oauth2(issuer).contentType(ContentType.JSON).body(Map.of(
                        "symbol", (int) (Math.random() * 90_000 + 100) + "-CTr/TU", "issuingOrganizationCode", province.code(),
                        "issueDate", "2022-12-02", "title", "Chương trình hành động thực hiện Nghị quyết 21",
                        "implementsDirective", Map.of("symbol", resolution),
                        "tasks", List.of(Map.of("number", "1", "text", "Rà soát, kiện toàn chi bộ thôn",
                                "leadUnits", List.of(Map.of("organizationCode", district.code(), "name", "Huyện ủy Vĩnh Linh")),
                                "timeframe", Map.of("text", "Hoàn thành trong năm 2023")))))
                .when().post("/api/v1/plans").then().statusCode(201).extract().path("id");
        given().auth().oauth2(issuer).contentType(ContentType.JSON).body(Map.of("version", 0))
                .when().post("/api/v1/plans/{id}/issue", planId).then().statusCode(200);
        String taskId = given().auth().oauth2(issuer).when().get("/api/v1/plans/{id}", planId)
                .then().extract().path("tasks[0].id");

        OffsetDateTime accepted = OffsetDateTime.parse("2023-07-10T09:00:00+07:00");
        fixtures.report(ReportSnapshot.ACCEPTED, report(planId, district, taskId, ReportSnapshot.TaskStatus.COMPLETED, 100,
                ReportingPeriodKind.H1, accepted));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(issuer)
                .when().get("/api/v1/tasks/{id}", taskId).then().body("status", equalTo("DONE")));

        // An older report accepted late and a report merely submitted change nothing.
        fixtures.report(ReportSnapshot.ACCEPTED, report(planId, district, taskId, ReportSnapshot.TaskStatus.IN_PROGRESS, 40,
                ReportingPeriodKind.Q1, accepted.minusMonths(3)));
        fixtures.report(ReportSnapshot.SUBMITTED, report(planId, district, taskId, ReportSnapshot.TaskStatus.NOT_STARTED, 0,
                ReportingPeriodKind.M9, accepted.plusMonths(3)));
        String marker = UUID.randomUUID().toString();
        Org other = fixtures.organization("HU-GIOLINH-" + marker.substring(0, 4), "Huyện ủy Gio Linh", OrganizationLevel.DISTRICT, province);
        fixtures.report(ReportSnapshot.ACCEPTED, report(planId, other, taskId, ReportSnapshot.TaskStatus.IN_PROGRESS, 30,
                ReportingPeriodKind.H1, accepted));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(issuer)
                .when().get("/api/v1/tasks/{id}/reported-progress", taskId).then().statusCode(200).body("", hasSize(2)));

        given().auth().oauth2(issuer).when().get("/api/v1/tasks/{id}", taskId).then()
                .body("status", equalTo("DONE")).body("progressPercent", equalTo(100)).body("completedOn", equalTo("2023-07-10"));
        given().auth().oauth2(issuer).when().get("/api/v1/tasks/{id}/reported-progress", taskId).then()
                .body("find { it.organizationCode == '%s' }.percent".formatted(district.code()), equalTo(100))
                .body("find { it.organizationCode == '%s' }.periodKind".formatted(district.code()), equalTo("H1"))
                .body("find { it.organizationCode == '%s' }.percent".formatted(other.code()), equalTo(30));

        // A report on another plan that names this task (a lead unit of it, even) neither moves it nor is listed.
        UUID oneObligation = UUID.randomUUID();
        fixtures.report(ReportSnapshot.ACCEPTED, report(UUID.randomUUID().toString(), district, taskId,
                ReportSnapshot.TaskStatus.NOT_STARTED, 0, ReportingPeriodKind.YEAR, accepted.plusMonths(6), oneObligation));
        Org later = fixtures.organization("HU-DAKRONG-" + UUID.randomUUID().toString().substring(0, 4),
                "Huyện ủy Đakrông", OrganizationLevel.DISTRICT, province);
        fixtures.report(ReportSnapshot.ACCEPTED, report(planId, later, taskId, ReportSnapshot.TaskStatus.IN_PROGRESS, 10,
                ReportingPeriodKind.H1, accepted, oneObligation));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(issuer)
                .when().get("/api/v1/tasks/{id}/reported-progress", taskId).then().statusCode(200).body("", hasSize(3)));
        given().auth().oauth2(issuer).when().get("/api/v1/tasks/{id}", taskId).then()
                .body("status", equalTo("DONE")).body("progressPercent", equalTo(100));
        given().auth().oauth2(issuer).when().get("/api/v1/tasks/{id}/reported-progress", taskId).then()
                .body("find { it.organizationCode == '%s' }.periodKind".formatted(district.code()), equalTo("H1"));
    }

    private static ReportSnapshot report(String planId, Org reporter, String taskId, ReportSnapshot.TaskStatus status,
            int percent, ReportingPeriodKind period, OffsetDateTime reviewedAt) {
        return report(planId, reporter, taskId, status, percent, period, reviewedAt, UUID.randomUUID());
    }

    /** Reports of one obligation id travel on one partition, in order. */
    private static ReportSnapshot report(String planId, Org reporter, String taskId, ReportSnapshot.TaskStatus status,
            int percent, ReportingPeriodKind period, OffsetDateTime reviewedAt, UUID obligationId) {
        return new ReportSnapshot(UUID.randomUUID(), obligationId, UUID.fromString(planId), null,
                new OrganizationRef(reporter.id(), reporter.code()), null, period, 2023, "ACCEPTED", 2,
                Map.of("NEW_MEMBERS_ADMITTED", 12L, "TOTAL_MEMBERS", 900L),
                List.of(new ReportSnapshot.TaskProgress(UUID.fromString(taskId), status, percent, "Đã rà soát")),
                null, null, reviewedAt.minusDays(3), "reporter", reviewedAt, "reviewer");
    }
}
