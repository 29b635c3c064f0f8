package vn.cascade.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cascade.reporting.TestPlans.organization;
import static vn.cascade.reporting.TestPlans.plan;
import static vn.cascade.reporting.TestPlans.requirement;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cascade.common.events.PlanSnapshot;
import vn.cascade.common.events.PlanSnapshot.OrganizationRef;
import vn.cascade.common.events.PlanSnapshot.ReportingRequirement;
import vn.cascade.common.events.ReportSnapshot;
import vn.cascade.common.events.Topics;
import vn.cascade.common.testing.KafkaProbe;
import vn.cascade.common.testing.TestTokens;

/** Reports on obligations of 2026 (untouched by the schedule test). */
@QuarkusTest
class ReportResourceTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    TestPlans plans;

    OrganizationRef city;
    OrganizationRef otherCity;
    OrganizationRef haiChau;
    OrganizationRef hoaVang;
    UUID taskId;
    UUID planId;
    List<ReportingRequirement> requirements;
    String haiChauQ1;
    String hoaVangQ1;

    @BeforeEach
    void givenTwoDistrictsOwingQuarterlyReportsToTheCity() {
        city = organization("TU");
        otherCity = organization("TU");
        haiChau = organization("QU");
        hoaVang = organization("HU");
        taskId = UUID.randomUUID();
        planId = UUID.randomUUID();
        requirements = List.of(requirement(UUID.randomUUID(), List.of(haiChau, hoaVang), city, null,
                TestPlans.SEED_04, List.of(2026), 5, 7));
        String issued = plans.send(PlanSnapshot.ISSUED, plan(planId, 1, "ISSUED", city, requirements,
                List.of(taskId, UUID.randomUUID())));
        await().atMost(Duration.ofSeconds(30)).until(() -> plans.applied(issued));
        haiChauQ1 = q1(haiChau);
        hoaVangQ1 = q1(hoaVang);
    }

    @Test
    void shouldGoFromDraftThroughReturnAndResubmissionToAcceptance() {
        String id = draft(reporter(haiChau), haiChauQ1, content(35, 1180)).statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("indicators.NEW_MEMBERS_ADMITTED", equalTo(35))
                .body("narrative.results", equalTo("Kết nạp 35 đảng viên mới"))
                .body("version", equalTo(0))
                .extract().path("id");
        given().auth().oauth2(reviewer(city)).when().get("/api/v1/reports/{id}", id)
                .then().statusCode(404).contentType(PROBLEM);

        transition(reporter(haiChau), id, "submit", 0, null).statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("submissionCount", equalTo(1));
        obligation(reporter(haiChau), haiChauQ1).body("status", equalTo("SUBMITTED")).body("submittedAt", notNullValue());
        transition(reviewer(city), id, "return", 1, " ").statusCode(400).body("errors[0].field", equalTo("comment"));
        transition(reviewer(city), id, "return", 1, "Đề nghị bổ sung số liệu kết nạp đảng viên quý I")
                .statusCode(200).body("status", equalTo("RETURNED"))
                .body("reviewComment", containsString("bổ sung"));
        obligation(reviewer(city), haiChauQ1).body("status", equalTo("RETURNED"));

        Map<String, Object> corrected = content(38, 1183);
        corrected.put("version", 2);
        given().auth().oauth2(reporter(haiChau)).contentType(ContentType.JSON).body(corrected)
                .when().put("/api/v1/reports/{id}", id)
                .then().statusCode(200).body("indicators.NEW_MEMBERS_ADMITTED", equalTo(38)).body("version", equalTo(3));
        transition(reporter(haiChau), id, "submit", 3, null).statusCode(200).body("submissionCount", equalTo(2));
        transition(reviewer(city), id, "accept", 4, null).statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("reviewedBy", containsString(city.code()));
        obligation(reporter(haiChau), haiChauQ1).body("status", equalTo("ACCEPTED"));
        given().auth().oauth2(reviewer(city)).when().get("/api/v1/obligations/{id}/report", haiChauQ1)
                .then().statusCode(200).body("id", equalTo(id));

        List<CloudEvent> events = KafkaProbe.events(Topics.REPORTS, Duration.ofSeconds(30),
                event -> haiChauQ1.equals(event.getSubject()) && ReportSnapshot.ACCEPTED.equals(event.getType()))
                .stream().filter(event -> haiChauQ1.equals(event.getSubject())).toList();
        assertEquals(List.of(ReportSnapshot.SUBMITTED, ReportSnapshot.RETURNED, ReportSnapshot.SUBMITTED,
                ReportSnapshot.ACCEPTED), events.stream().map(CloudEvent::getType).toList());
        String accepted = new String(events.getLast().getData().toBytes(), StandardCharsets.UTF_8);
        assertTrue(accepted.contains("\"taskId\":\"" + taskId + "\""), accepted);
        assertTrue(accepted.contains("\"percent\":60"), accepted);
        assertTrue(accepted.contains("\"NEW_MEMBERS_ADMITTED\":38"), accepted);
    }

    @Test
    void shouldRefuseProgressOnTasksThePlanDoesNotHave() {
        UUID foreign = UUID.randomUUID();
        Map<String, Object> body = content(35, 1180);
        body.put("taskProgress", List.of(
                Map.of("taskId", taskId.toString(), "status", "IN_PROGRESS", "percent", 60),
                Map.of("taskId", foreign.toString(), "status", "IN_PROGRESS", "percent", 10)));
        draft(reporter(haiChau), haiChauQ1, body).statusCode(422).contentType(PROBLEM)
                .body("detail", containsString(foreign.toString()))
                .body("errors.size()", equalTo(1))
                .body("errors[0].field", equalTo("taskProgress[1].taskId"))
                .body("errors[0].message", containsString(foreign.toString()));

        String id = draft(reporter(haiChau), haiChauQ1, content(35, 1180)).statusCode(201).extract().path("id");
        // An amendment drops the task the draft reports on: the report can no longer be submitted as it is.
        String amended = plans.send(PlanSnapshot.AMENDED, plan(planId, 2, "AMENDED", city, requirements,
                List.of(UUID.randomUUID())));
        await().atMost(Duration.ofSeconds(30)).until(() -> plans.applied(amended));
        transition(reporter(haiChau), id, "submit", 0, null).statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("taskProgress[0].taskId"));
        obligation(reporter(haiChau), haiChauQ1).body("status", not(equalTo("SUBMITTED")));
    }

    @Test
    void shouldRejectAStaleUpdateAndADoubleSubmission() {
        String id = draft(reporter(haiChau), haiChauQ1, content(35, 1180)).statusCode(201).extract().path("id");
        Map<String, Object> first = content(36, 1180);
        first.put("version", 0);
        given().auth().oauth2(reporter(haiChau)).contentType(ContentType.JSON).body(first)
                .when().put("/api/v1/reports/{id}", id).then().statusCode(200).body("version", equalTo(1));
        Map<String, Object> stale = content(37, 1180);
        stale.put("version", 0);
        given().auth().oauth2(reporter(haiChau)).contentType(ContentType.JSON).body(stale)
                .when().put("/api/v1/reports/{id}", id)
                .then().statusCode(409).contentType(PROBLEM).body("type", containsString("stale-version"));
        transition(reporter(haiChau), id, "submit", 1, null).statusCode(200);
        transition(reporter(haiChau), id, "submit", 2, null).statusCode(409).contentType(PROBLEM);
        // a second report for the obligation: 409 in Vietnamese by default, in English when asked
        draft(reporter(haiChau), haiChauQ1, content(1, 2)).statusCode(409).body("title", equalTo("Xung đột dữ liệu"))
                .body("detail", equalTo("Nghĩa vụ " + haiChauQ1 + " đã có báo cáo " + id + "; hãy sửa báo cáo đó"));
        Map<String, Object> again = new HashMap<>(content(1, 2));
        again.put("obligationId", haiChauQ1);
        given().auth().oauth2(reporter(haiChau)).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(again).when().post("/api/v1/reports").then().statusCode(409).body("title", equalTo("Conflict"))
                .body("detail", equalTo("Obligation " + haiChauQ1 + " already has report " + id + "; change that one"));
    }

    @Test
    void shouldLetOnlyTheOwnReporterSubmitAndOnlyTheRecipientsReviewerReview() {
        draft(reporter(hoaVang), haiChauQ1, content(1, 10)).statusCode(404).contentType(PROBLEM);
        draft(reviewer(city), haiChauQ1, content(1, 10)).statusCode(403).contentType(PROBLEM);
        draft(TestTokens.user("both", city.code(), "reporter"), haiChauQ1, content(1, 10)).statusCode(403);
        String id = draft(reporter(haiChau), haiChauQ1, content(1, 10)).statusCode(201).extract().path("id");
        transition(reporter(hoaVang), id, "submit", 0, null).statusCode(404);
        transition(reporter(haiChau), id, "submit", 0, null).statusCode(200);

        // a reviewer elsewhere cannot even see it; the district's own reviewer is not the recipient
        transition(reviewer(otherCity), id, "accept", 1, null).statusCode(404).contentType(PROBLEM);
        transition(TestTokens.user("rv", haiChau.code(), "reviewer"), id, "accept", 1, null)
                .statusCode(403).contentType(PROBLEM);
        transition(reporter(city), id, "accept", 1, null).statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("version", 1))
                .when().post("/api/v1/reports/{id}/accept", id).then().statusCode(401);
        transition(reviewer(city), id, "accept", 1, null).statusCode(200);
    }

    @Test
    void shouldRejectNegativeCountsARateAboveOneAndBadProgress() {
        draft(reporter(hoaVang), hoaVangQ1, content(1200, 1180)).statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("indicators.NEW_MEMBERS_ADMITTED"))
                .body("errors[0].message", containsString("TOTAL_MEMBERS"));
        Map<String, Object> negative = content(1, 10);
        negative.put("indicators", Map.of("VILLAGE_CELLS", -1, "bad code", 3));
        draft(reporter(hoaVang), hoaVangQ1, negative).statusCode(400)
                .body("errors.field", hasItem("indicators.VILLAGE_CELLS"))
                .body("errors.field", hasItem("indicators.bad code"));
        Map<String, Object> progress = content(1, 10);
        progress.put("taskProgress", List.of(Map.of("taskId", taskId.toString(), "status", "IN_PROGRESS",
                "percent", 101)));
        draft(reporter(hoaVang), hoaVangQ1, progress).statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("taskProgress[0].percent"))
                .body("errors[0].message", containsString("100"));
        Map<String, Object> completed = content(1, 10);
        completed.put("taskProgress", List.of(Map.of("taskId", taskId.toString(), "status", "COMPLETED",
                "percent", 80)));
        draft(reporter(hoaVang), hoaVangQ1, completed).statusCode(400)
                .body("errors[0].field", equalTo("taskProgress[0].percent"));
        Map<String, Object> unknownStatus = content(1, 10);
        unknownStatus.put("taskProgress", List.of(Map.of("taskId", taskId.toString(), "status", "DONE",
                "percent", 100)));
        draft(reporter(hoaVang), hoaVangQ1, unknownStatus).statusCode(400).contentType(PROBLEM);

        Map<String, Object> noResults = content(1, 10);
        noResults.put("narrative", Map.of("limitations", "Chưa có số liệu"));
        String id = draft(reporter(hoaVang), hoaVangQ1, noResults).statusCode(201).extract().path("id");
        transition(reporter(hoaVang), id, "submit", 0, null).statusCode(400)
                .body("errors[0].field", equalTo("narrative.results"));
        given().auth().oauth2(reporter(hoaVang)).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/reports/{id}/submit", id)
                .then().statusCode(400).body("errors[0].field", equalTo("version"));
    }

    @Test
    void shouldMakeOneReportWhenADraftAndASubmissionAreRetriedWithTheirKeys() {
        Map<String, Object> body = new HashMap<>(content(12, 900));
        body.put("obligationId", hoaVangQ1);
        String draftKey = UUID.randomUUID().toString();
        String id = given().auth().oauth2(reporter(hoaVang)).contentType(ContentType.JSON).header("Idempotency-Key", draftKey)
                .body(body).when().post("/api/v1/reports").then().statusCode(201).extract().path("id");
        given().auth().oauth2(reporter(hoaVang)).contentType(ContentType.JSON).header("Idempotency-Key", draftKey)
                .body(body).when().post("/api/v1/reports").then().statusCode(201)
                .header("Idempotency-Replayed", equalTo("true")).body("id", equalTo(id));
        draft(reporter(hoaVang), hoaVangQ1, content(12, 900)).statusCode(409);

        String submitKey = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            given().auth().oauth2(reporter(hoaVang)).contentType(ContentType.JSON).header("Idempotency-Key", submitKey)
                    .body(Map.of("version", 0)).when().post("/api/v1/reports/{id}/submit", id)
                    .then().statusCode(200).body("status", equalTo("SUBMITTED")).body("version", equalTo(1));
        }
        obligation(reporter(hoaVang), hoaVangQ1).body("status", equalTo("SUBMITTED"));
    }

    @Test
    void shouldKeepEverySubmissionAndTheWholeReviewThread() {
        String id = draft(reporter(haiChau), haiChauQ1, content(35, 1180)).statusCode(201).extract().path("id");
        given().auth().oauth2(reporter(haiChau)).when().get("/api/v1/reports/{id}/versions", id)
                .then().statusCode(200).body("", org.hamcrest.Matchers.empty());
        transition(reporter(haiChau), id, "submit", 0, null).statusCode(200);
        transition(reviewer(city), id, "return", 1, "Đề nghị bổ sung số liệu kết nạp đảng viên quý I").statusCode(200);
        Map<String, Object> corrected = content(38, 1183);
        corrected.put("version", 2);
        given().auth().oauth2(reporter(haiChau)).contentType(ContentType.JSON).body(corrected)
                .when().put("/api/v1/reports/{id}", id).then().statusCode(200);
        transition(reporter(haiChau), id, "submit", 3, null).statusCode(200);
        transition(reviewer(city), id, "return", 4, "Thiếu phần nguyên nhân hạn chế").statusCode(200);
        Map<String, Object> again = content(38, 1183);
        again.put("version", 5);
        given().auth().oauth2(reporter(haiChau)).contentType(ContentType.JSON).body(again)
                .when().put("/api/v1/reports/{id}", id).then().statusCode(200);
        transition(reporter(haiChau), id, "submit", 6, null).statusCode(200);
        transition(reviewer(city), id, "accept", 7, "Đạt yêu cầu").statusCode(200)
                .body("reviewComment", equalTo("Đạt yêu cầu"));

        // The thread keeps both returns and the acceptance, each with its author, time and submission.
        given().auth().oauth2(reporter(haiChau)).when().get("/api/v1/reports/{id}/comments", id)
                .then().statusCode(200)
                .body("outcome", org.hamcrest.Matchers.contains("RETURNED", "RETURNED", "ACCEPTED"))
                .body("comment", org.hamcrest.Matchers.contains("Đề nghị bổ sung số liệu kết nạp đảng viên quý I",
                        "Thiếu phần nguyên nhân hạn chế", "Đạt yêu cầu"))
                .body("submission", org.hamcrest.Matchers.contains(1, 2, 3))
                .body("reportVersion", org.hamcrest.Matchers.contains(2, 5, 8))
                .body("[0].author", containsString(city.code()))
                .body("[0].writtenAt", notNullValue());
        // Every submission and review, with the figures as they were sent.
        given().auth().oauth2(reviewer(city)).when().get("/api/v1/reports/{id}/versions", id)
                .then().statusCode(200)
                .body("status", org.hamcrest.Matchers.contains("SUBMITTED", "RETURNED", "SUBMITTED", "RETURNED",
                        "SUBMITTED", "ACCEPTED"))
                .body("version", org.hamcrest.Matchers.contains(1, 2, 4, 5, 7, 8))
                .body("[0].indicators.NEW_MEMBERS_ADMITTED", equalTo(35))
                .body("[2].indicators.NEW_MEMBERS_ADMITTED", equalTo(38))
                .body("[0].narrative.results", equalTo("Kết nạp 35 đảng viên mới"));
        // Read where the report is read: another city does not see it.
        given().auth().oauth2(reviewer(otherCity)).when().get("/api/v1/reports/{id}/comments", id)
                .then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(reviewer(otherCity)).when().get("/api/v1/reports/{id}/versions", id)
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void shouldShowWhatChangedBetweenTwoVersionsOfAReport() {
        String id = draft(reporter(haiChau), haiChauQ1, content(35, 1180)).statusCode(201).extract().path("id");
        transition(reporter(haiChau), id, "submit", 0, null).statusCode(200);
        transition(reviewer(city), id, "return", 1, "Đề nghị bổ sung số liệu").statusCode(200);
        // The correction: admissions 35 → 38, a village-cell figure dropped, the task done, causes emptied,
        // results rewritten.
        Map<String, Object> corrected = content(38, 1180);
        Map<String, Object> indicators = new HashMap<>(castMap(corrected.get("indicators")));
        indicators.remove("VILLAGE_CELLS_WITH_COMMITTEE");
        indicators.remove("VILLAGE_CELLS");
        corrected.put("indicators", indicators);
        corrected.put("taskProgress", List.of(Map.of("taskId", taskId.toString(), "status", "COMPLETED",
                "percent", 100, "note", "Đã quán triệt đến 100% chi bộ")));
        Map<String, Object> narrative = new HashMap<>(castMap(corrected.get("narrative")));
        narrative.remove("causes");
        corrected.put("narrative", narrative);
        corrected.put("version", 2);
        given().auth().oauth2(reporter(haiChau)).contentType(ContentType.JSON).body(corrected)
                .when().put("/api/v1/reports/{id}", id).then().statusCode(200);
        transition(reporter(haiChau), id, "submit", 3, null).statusCode(200);

        // The second submission (version 4) against the first (version 1).
        given().auth().oauth2(reviewer(city)).queryParam("against", 1)
                .when().get("/api/v1/reports/{id}/versions/{n}/diff", id, 4).then().statusCode(200)
                .body("version", equalTo(4)).body("against", equalTo(1)).body("identical", equalTo(false))
                // the second submission still carries the last review's comment, which the first had not
                .body("fields.field", org.hamcrest.Matchers.contains("reviewComment", "reviewedBy"))
                .body("fields[0].before", org.hamcrest.Matchers.nullValue())
                .body("fields[0].after", equalTo("Đề nghị bổ sung số liệu"))
                .body("indicators.changed.code", org.hamcrest.Matchers.contains("NEW_MEMBERS_ADMITTED"))
                .body("indicators.changed[0].before", equalTo(35))
                .body("indicators.changed[0].after", equalTo(38))
                .body("indicators.removed.code", org.hamcrest.Matchers.contains("VILLAGE_CELLS",
                        "VILLAGE_CELLS_WITH_COMMITTEE"))
                .body("indicators.added", hasSize(0))
                .body("taskProgress.changed[0].taskId", equalTo(taskId.toString()))
                .body("taskProgress.changed[0].fields", org.hamcrest.Matchers.contains("status", "percent"))
                .body("taskProgress.changed[0].after.status", equalTo("COMPLETED"))
                .body("sections.removed.section", org.hamcrest.Matchers.contains("causes"))
                .body("sections.changed.section", org.hamcrest.Matchers.contains("results"))
                .body("sections.changed[0].after", equalTo("Kết nạp 38 đảng viên mới"))
                .body("sections.added", hasSize(0));
        // Without `against`: the version before (the return), whose status and comment differ.
        given().auth().oauth2(reporter(haiChau)).when().get("/api/v1/reports/{id}/versions/{n}/diff", id, 4)
                .then().statusCode(200).body("against", equalTo(2))
                .body("fields.find { it.field == 'status' }.before", equalTo("RETURNED"))
                .body("fields.find { it.field == 'status' }.after", equalTo("SUBMITTED"));
        given().auth().oauth2(reporter(haiChau)).when().get("/api/v1/reports/{id}/versions/{n}/diff", id, 1)
                .then().statusCode(200).body("identical", equalTo(true)).body("against", equalTo(1));
        given().auth().oauth2(reporter(haiChau)).queryParam("against", 3)
                .when().get("/api/v1/reports/{id}/versions/{n}/diff", id, 4).then().statusCode(404)
                .contentType(PROBLEM).body("detail", containsString("3"));
        given().auth().oauth2(reviewer(otherCity)).when().get("/api/v1/reports/{id}/versions/{n}/diff", id, 4)
                .then().statusCode(404).contentType(PROBLEM);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
    }

    private String q1(OrganizationRef district) {
        return given().auth().oauth2(reporter(district)).queryParam("year", 2026).queryParam("periodKind", "Q1")
                .when().get("/api/v1/obligations").then().statusCode(200).body("total", equalTo(1))
                .extract().path("items[0].id");
    }

    private Map<String, Object> content(long admitted, long members) {
        Map<String, Object> body = new HashMap<>();
        body.put("indicators", Map.of("NEW_MEMBERS_ADMITTED", admitted, "TOTAL_MEMBERS", members,
                "ORGS_RATED_GOOD_OR_BETTER", 40, "ORGS_RATED", 45, "VILLAGE_CELLS_WITH_COMMITTEE", 20,
                "VILLAGE_CELLS", 22));
        body.put("taskProgress", List.of(Map.of("taskId", taskId.toString(), "status", "IN_PROGRESS", "percent", 60,
                "note", "Đã quán triệt đến 100% chi bộ")));
        body.put("narrative", Map.of("results", "Kết nạp " + admitted + " đảng viên mới",
                "limitations", "Chất lượng sinh hoạt chi bộ có nơi chưa cao",
                "causes", "Một số cấp ủy chưa quan tâm đúng mức",
                "lessons", "Phát huy vai trò người đứng đầu",
                "proposals", "Đề nghị Ban Tổ chức Thành ủy tập huấn nghiệp vụ"));
        return body;
    }

    private static ValidatableResponse draft(String token, String obligationId, Map<String, Object> content) {
        Map<String, Object> body = new HashMap<>(content);
        body.put("obligationId", obligationId);
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/reports").then();
    }

    private static ValidatableResponse transition(String token, String id, String action, long version, String comment) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        if (comment != null) {
            body.put("comment", comment);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/reports/{id}/" + action, id).then();
    }

    private static ValidatableResponse obligation(String token, String id) {
        return given().auth().oauth2(token).when().get("/api/v1/obligations/{id}", id).then().statusCode(200);
    }

    private static String reporter(OrganizationRef organization) {
        return TestTokens.user("reporter-" + organization.code(), organization.code(), "reporter");
    }

    private static String reviewer(OrganizationRef organization) {
        return TestTokens.user("reviewer-" + organization.code(), organization.code(), "reviewer");
    }
}
