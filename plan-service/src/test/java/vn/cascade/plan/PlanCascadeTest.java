package vn.cascade.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import static org.hamcrest.Matchers.hasSize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.cascade.common.documents.Target;
import vn.cascade.common.events.OrganizationKind;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.events.PlanSnapshot;
import vn.cascade.common.events.Topics;
import vn.cascade.common.testing.KafkaProbe;
import vn.cascade.common.testing.TestTokens;
import vn.cascade.plan.Fixtures.Org;

@QuarkusTest
class PlanCascadeTest {

    private static final String PROBLEM = "application/problem+json";
    private static final LocalDate NQ21_DATE = LocalDate.of(2022, 6, 16);

    @Inject
    Fixtures fixtures;

    @Inject
    ObjectMapper objectMapper;

    @Test
    void shouldFollowTheVinhLinhChainDownTheCascade() throws Exception {
        Org centre = fixtures.organization("BCHTW", "Ban Chấp hành Trung ương Đảng", OrganizationLevel.CENTRAL, null);
        Org politburo = fixtures.organization("BCT", "Bộ Chính trị", OrganizationLevel.CENTRAL, centre);
        Org quangTri = fixtures.organization("TU-QUANGTRI", "Tỉnh ủy Quảng Trị", OrganizationLevel.PROVINCIAL, centre);
        Org vinhLinh = fixtures.organization("HU-VINHLINH", "Huyện ủy Vĩnh Linh", OrganizationLevel.DISTRICT, quangTri);
        Org gioLinh = fixtures.organization("HU-GIOLINH", "Huyện ủy Gio Linh", OrganizationLevel.DISTRICT, quangTri);
        String resolution = fixtures.directive("NQ", centre, NQ21_DATE, "PUBLISHED", List.of(rate("AT_LEAST", 3)));

        String plan07 = symbol("KH", "TW");
        Map<String, Object> politburoPlan = plan(plan07, politburo, LocalDate.of(2022, 8, 17), resolution);
        politburoPlan.put("targets", List.of(targetJson("AT_LEAST", 3)));
        String id07 = issue(politburo, draft(politburo, politburoPlan));

        String programme48 = symbol("CTr", "TU");
        Map<String, Object> provincial = plan(programme48, quangTri, LocalDate.of(2022, 12, 2), resolution);
        provincial.put("basedOn", List.of(Map.of("symbol", plan07)));
        provincial.put("targets", List.of(targetJson("AT_LEAST", 2)));
        provincial.put("subordinatePlans", Map.of("deadline", "2023-03-31"));
        provincial.put("reportingRequirements", List.of(Map.of("recipientCode", quangTri.code(),
                "frequencies", List.of("QUARTERLY", "HALF_YEARLY", "NINE_MONTHS", "ANNUAL"), "years", List.of(2023),
                "dueDaysAfterPeriodEnd", 5)));
        String id48 = issue(quangTri, draft(quangTri, provincial));

        String plan68 = symbol("KH", "HU");
        Map<String, Object> district = plan(plan68, vinhLinh, LocalDate.of(2023, 1, 9), resolution);
        district.put("basedOn", List.of(Map.of("symbol", plan07), Map.of("symbol", programme48.replace("CTr", "Ctr"))));
        district.put("tasks", List.of(
                Map.of("number", "1", "text", "Quán triệt, triển khai Nghị quyết",
                        "leadUnits", List.of(Map.of("name", "Ban Tuyên giáo Huyện ủy")),
                        "timeframe", Map.of("text", "(hoàn thành trong tháng 3/2023)")),
                Map.of("number", "2", "text", "Củng cố, kiện toàn tổ chức cơ sở đảng",
                        "leadUnits", List.of(Map.of("organizationCode", vinhLinh.code(), "name", "Huyện ủy Vĩnh Linh")),
                        "timeframe", Map.of("text", "Thường xuyên"))));
        String id68 = issue(vinhLinh, draft(vinhLinh, district));

        String reader = reader(quangTri);
        given().auth().oauth2(reader).queryParam("directive", resolution)
                .when().get("/api/v1/cascade").then().statusCode(200)
                .body("plans", hasSize(1))
                .body("plans[0].symbol", equalTo(plan07))
                .body("plans[0].children[0].symbol", equalTo(programme48))
                .body("plans[0].children[0].children[0].symbol", equalTo(plan68))
                .body("plans[0].children[0].children[0].daysAfterDirective", equalTo(207));

        given().auth().oauth2(reader).queryParam("directive", resolution).queryParam("organization", quangTri.code())
                .when().get("/api/v1/cascade/coverage").then().statusCode(200)
                .body("planSymbol", equalTo(programme48))
                .body("answered.organizationCode", containsInAnyOrder(vinhLinh.code()))
                .body("answered[0].planSymbol", equalTo(plan68))
                .body("owing.organizationCode", containsInAnyOrder(gioLinh.code()))
                .body("owing[0].late", equalTo(true));

        given().auth().oauth2(reader).when().get("/api/v1/plans/{id}", id48).then().statusCode(200)
                .body("parentPlanSymbol", equalTo(plan07))
                .body("targets[0].weakerThanParent", equalTo(true))
                .body("targets[0].parentSymbol", equalTo(plan07));
        given().auth().oauth2(reader).when().get("/api/v1/plans/{id}", id68).then().statusCode(200)
                .body("parentPlanId", equalTo(id48))
                .body("tasks[0].timeframe.kind", equalTo("DUE_BY_MONTH"))
                .body("tasks[0].dueDate", equalTo("2023-03-31"))
                .body("tasks[1].timeframe.kind", equalTo("ONGOING"));

        given().auth().oauth2(reader).queryParam("plan", id68).queryParam("overdue", true)
                .when().get("/api/v1/tasks").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].number", equalTo("1")).body("items[0].onTime", equalTo(false));
        given().auth().oauth2(reader).queryParam("leadUnit", vinhLinh.code())
                .when().get("/api/v1/tasks").then().statusCode(200)
                .body("items.number", containsInAnyOrder("2"));

        List<CloudEvent> events = KafkaProbe.events(Topics.PLANS, Duration.ofSeconds(30),
                event -> id68.equals(event.getSubject()));
        assertEquals(1, events.stream().filter(event -> id48.equals(event.getSubject())).count());
        PlanSnapshot issued48 = objectMapper.readValue(events.stream().filter(event -> id48.equals(event.getSubject()))
                .findFirst().orElseThrow().getData().toBytes(), PlanSnapshot.class);
        assertEquals(PlanSnapshot.ISSUED, events.stream().filter(event -> id48.equals(event.getSubject())).findFirst().orElseThrow().getType());
        assertEquals(id07, issued48.parentPlanId().toString());
        assertEquals(List.of(gioLinh.code(), vinhLinh.code()), issued48.reportingRequirements().getFirst().reporters()
                .stream().map(PlanSnapshot.OrganizationRef::code).sorted().toList());
        assertEquals(quangTri.code(), issued48.reportingRequirements().getFirst().recipient().code());
        assertEquals(2, issued48.subordinatePlanDuty().organizations().size());
    }

    @Test
    void shouldObligeOnlyThePartyOrganisationsUnderTheIssuerByDefault() throws Exception {
        // given a district committee with a grassroots committee and a cell under it, and beside them its advisory
        // bodies, the district People's Committee and Fatherland Front placed under it in the hierarchy
        Org centre = fixtures.organization("BCHTW", "Ban Chấp hành Trung ương Đảng", OrganizationLevel.CENTRAL, null);
        Org district = fixtures.organization("HU", "Huyện ủy Vĩnh Linh", OrganizationLevel.DISTRICT, centre);
        Org town = fixtures.organization("DU", "Đảng ủy thị trấn Hồ Xá", OrganizationLevel.GRASSROOTS, district);
        Org cell = fixtures.organization("CB", "Chi bộ Công an huyện", OrganizationLevel.GRASSROOTS,
                OrganizationKind.PARTY_CELL, district);
        fixtures.organization("BTCHU", "Ban Tổ chức Huyện ủy", OrganizationLevel.DISTRICT,
                OrganizationKind.ADVISORY_COMMISSION, district);
        fixtures.organization("UBKTHU", "Ủy ban Kiểm tra Huyện ủy", OrganizationLevel.DISTRICT,
                OrganizationKind.ADVISORY_COMMISSION, district);
        fixtures.organization("UBND", "Ủy ban nhân dân huyện Vĩnh Linh", OrganizationLevel.DISTRICT,
                OrganizationKind.GOVERNMENT_BODY, district);
        fixtures.organization("MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Vĩnh Linh", OrganizationLevel.DISTRICT,
                OrganizationKind.MASS_ORGANIZATION, district);
        String resolution = fixtures.directive("NQ", centre, NQ21_DATE, "PUBLISHED", List.of(rate("AT_LEAST", 3)));

        // when the district issues a plan naming no reporters and no addressees
        Map<String, Object> body = plan(symbol("KH", "HU"), district, LocalDate.of(2023, 1, 9), resolution);
        body.put("subordinatePlans", Map.of("deadline", "2023-03-31"));
        body.put("reportingRequirements", List.of(Map.of("recipientCode", district.code(),
                "frequencies", List.of("ANNUAL"), "years", List.of(2023), "dueDaysAfterPeriodEnd", 5)));
        String id = issue(district, draft(district, body));

        // then only the grassroots committee and the cell owe reports and plans of their own
        PlanSnapshot issued = objectMapper.readValue(KafkaProbe.events(Topics.PLANS, Duration.ofSeconds(30),
                event -> id.equals(event.getSubject())).stream().filter(event -> id.equals(event.getSubject()))
                .findFirst().orElseThrow().getData().toBytes(), PlanSnapshot.class);
        assertEquals(List.of(cell.code(), town.code()).stream().sorted().toList(), issued.reportingRequirements()
                .getFirst().reporters().stream().map(PlanSnapshot.OrganizationRef::code).sorted().toList());
        assertEquals(List.of(cell.code(), town.code()).stream().sorted().toList(), issued.subordinatePlanDuty()
                .organizations().stream().map(PlanSnapshot.OrganizationRef::code).sorted().toList());
    }

    @Test
    void shouldRefuseToIssueAgainstAnUnknownOrRevokedDirectiveAndAnnounceNothing() {
        Org centre = fixtures.organization("BCHTW", "Ban Chấp hành Trung ương Đảng", OrganizationLevel.CENTRAL, null);
        Org province = fixtures.organization("TU-QUANGNAM", "Tỉnh ủy Quảng Nam", OrganizationLevel.PROVINCIAL, centre);
        String revoked = fixtures.directive("CT", centre, LocalDate.of(2021, 3, 1), "REVOKED", List.of());

        String unknownId = draft(province, plan(symbol("KH", "TU"), province, LocalDate.of(2022, 11, 1), "99999-NQ/TW"));
        issueRequest(province, unknownId, 0).statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("implementsDirective.symbol"))
                .body("detail", equalTo("Kế hoạch chưa thể ban hành như hiện tại"))
                .body("errors[0].message", equalTo("chưa có văn bản 99999-NQ/TW: văn bản phải được công bố trên "
                        + "directive-service trước"));
        given().auth().oauth2(issuer(province)).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Map.of("version", 0)).when().post("/api/v1/plans/{id}/issue", unknownId)
                .then().statusCode(422).body("detail", equalTo("The plan cannot be issued as it stands"))
                .body("errors[0].message", equalTo("directive 99999-NQ/TW is not known: it must be published in "
                        + "directive-service first"));
        String revokedId = draft(province, plan(symbol("KH", "TU"), province, LocalDate.of(2022, 11, 1), revoked));
        issueRequest(province, revokedId, 0).statusCode(422).body("errors[0].message", org.hamcrest.Matchers.containsString("REVOKED"));
        given().auth().oauth2(issuer(province)).when().get("/api/v1/plans/{id}", unknownId)
                .then().statusCode(200).body("status", equalTo("DRAFT")).body("version", equalTo(0));

        // A plan issued afterwards is on the topic; the refused ones never are.
        String published = fixtures.directive("NQ", centre, NQ21_DATE, "PUBLISHED", List.of());
        String markerId = issue(province, draft(province, plan(symbol("KH", "TU"), province, LocalDate.of(2022, 11, 2), published)));
        List<CloudEvent> events = KafkaProbe.events(Topics.PLANS, Duration.ofSeconds(30), event -> markerId.equals(event.getSubject()));
        assertTrue(events.stream().noneMatch(event -> unknownId.equals(event.getSubject()) || revokedId.equals(event.getSubject())));
    }

    @Test
    void shouldKeepDraftsInsideTheIssuingChainAndActOnlyForTheOwnOrganization() {
        Org centre = fixtures.organization("BCHTW", "Ban Chấp hành Trung ương Đảng", OrganizationLevel.CENTRAL, null);
        Org province = fixtures.organization("TU-QUANGTRI", "Tỉnh ủy Quảng Trị", OrganizationLevel.PROVINCIAL, centre);
        Org district = fixtures.organization("HU-VINHLINH", "Huyện ủy Vĩnh Linh", OrganizationLevel.DISTRICT, province);
        Org sibling = fixtures.organization("HU-GIOLINH", "Huyện ủy Gio Linh", OrganizationLevel.DISTRICT, province);
        String resolution = fixtures.directive("NQ", centre, NQ21_DATE, "PUBLISHED", List.of());
        Map<String, Object> body = plan(symbol("KH", "HU"), district, LocalDate.of(2023, 1, 9), resolution);

        given().auth().oauth2(issuer(sibling)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/plans").then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(reader(district)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/plans").then().statusCode(403);
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/plans").then().statusCode(401);

        String id = draft(district, body);
        given().auth().oauth2(issuer(sibling)).when().get("/api/v1/plans/{id}", id).then().statusCode(404);
        given().auth().oauth2(reader(province)).when().get("/api/v1/plans/{id}", id).then().statusCode(200);
        issueRequest(sibling, id, 0).statusCode(404);
        issue(district, id);
        given().auth().oauth2(reader(sibling)).when().get("/api/v1/plans/{id}", id).then().statusCode(200)
                .body("status", equalTo("ISSUED"));
    }

    @Test
    void shouldRejectBadInputAndStaleVersionsWritingNothing() {
        Org centre = fixtures.organization("BCHTW", "Ban Chấp hành Trung ương Đảng", OrganizationLevel.CENTRAL, null);
        Org province = fixtures.organization("TU-QUANGTRI", "Tỉnh ủy Quảng Trị", OrganizationLevel.PROVINCIAL, centre);
        String resolution = fixtures.directive("NQ", centre, NQ21_DATE, "PUBLISHED", List.of());

        Map<String, Object> wrongType = plan("21-NQ/TU", province, LocalDate.of(2022, 12, 2), resolution);
        postDraft(province, wrongType).statusCode(400).body("errors[0].field", equalTo("symbol"));
        Map<String, Object> badTimeframe = plan(symbol("KH", "TU"), province, LocalDate.of(2022, 12, 2), resolution);
        badTimeframe.put("tasks", List.of(Map.of("text", "Một nhiệm vụ", "timeframe", Map.of("text", "khi nào rảnh")),
                Map.of("text", "Nhiệm vụ khác", "timeframe", Map.of("kind", "DUE_BY_YEAR"),
                        "leadUnits", List.of(Map.of("organizationCode", "NO-SUCH-UNIT")))));
        postDraft(province, badTimeframe).statusCode(400).contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("tasks[0].timeframe", "tasks[1].timeframe",
                        "tasks[1].leadUnits[0].organizationCode"));
        postDraft(province, Map.of("title", "Kế hoạch", "issuingOrganizationCode", province.code(), "colour", "red"))
                .statusCode(400).body("errors[0].field", equalTo("colour"));

        Map<String, Object> body = plan(symbol("KH", "TU"), province, LocalDate.of(2022, 12, 2), resolution);
        String id = draft(province, body);
        body.put("version", 0);
        body.put("title", "Kế hoạch (sửa lần 1)");
        given().auth().oauth2(issuer(province)).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/plans/{id}", id).then().statusCode(200).body("version", equalTo(1));
        body.put("title", "Kế hoạch (sửa từ bản cũ)");
        given().auth().oauth2(issuer(province)).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/plans/{id}", id).then().statusCode(409).body("type", org.hamcrest.Matchers.endsWith("/stale-version"));
        given().auth().oauth2(issuer(province)).queryParam("status", "LOST").when().get("/api/v1/plans")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void shouldRevalidateByETagAndRefuseAStaleIfMatchWith412ChangingNothing() {
        Org centre = fixtures.organization("BCHTW", "Ban Chấp hành Trung ương Đảng", OrganizationLevel.CENTRAL, null);
        Org province = fixtures.organization("TU-QUANGTRI", "Tỉnh ủy Quảng Trị", OrganizationLevel.PROVINCIAL, centre);
        String resolution = fixtures.directive("NQ", centre, NQ21_DATE, "PUBLISHED", List.of());
        Map<String, Object> body = plan(symbol("KH", "TU"), province, LocalDate.of(2022, 12, 2), resolution);
        String id = draft(province, body);
        String tag = given().auth().oauth2(issuer(province)).when().get("/api/v1/plans/{id}", id)
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(issuer(province)).header("If-None-Match", tag).when().get("/api/v1/plans/{id}", id)
                .then().statusCode(304);

        // If-Match in place of the body's version: the first change is made, the same tag again is stale
        body.put("title", "Kế hoạch (sửa theo ETag)");
        String changed = given().auth().oauth2(issuer(province)).header("If-Match", tag).contentType(ContentType.JSON)
                .body(body).when().put("/api/v1/plans/{id}", id).then().statusCode(200).body("version", equalTo(1))
                .extract().header("ETag");
        body.put("title", "Kế hoạch (sửa từ bản cũ)");
        given().auth().oauth2(issuer(province)).header("If-Match", tag).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/plans/{id}", id).then().statusCode(412).contentType(PROBLEM)
                .body("type", org.hamcrest.Matchers.endsWith("/precondition-failed"))
                .body("title", equalTo("Điều kiện tiên quyết không thỏa mãn"));
        // the write's own tag revalidates: the clock ticks in PostgreSQL's microseconds
        given().auth().oauth2(issuer(province)).header("If-None-Match", changed).when().get("/api/v1/plans/{id}", id)
                .then().statusCode(304);
        given().auth().oauth2(issuer(province)).when().get("/api/v1/plans/{id}", id).then().statusCode(200)
                .body("title", equalTo("Kế hoạch (sửa theo ETag)")).body("version", equalTo(1));
    }

    @Test
    void shouldListExactlyThePlansChangedSinceATime() {
        Org centre = fixtures.organization("BCHTW", "Ban Chấp hành Trung ương Đảng", OrganizationLevel.CENTRAL, null);
        Org province = fixtures.organization("TU-QUANGTRI", "Tỉnh ủy Quảng Trị", OrganizationLevel.PROVINCIAL, centre);
        String resolution = fixtures.directive("NQ", centre, NQ21_DATE, "PUBLISHED", List.of());
        Map<String, Object> changedLater = plan(symbol("KH", "TU"), province, LocalDate.of(2022, 12, 2), resolution);
        String first = draft(province, changedLater);
        String second = draft(province, plan(symbol("KH", "TU"), province, LocalDate.of(2022, 12, 3), resolution));
        // the same symbol and date again: 409, worded in Vietnamese unless English is asked for
        String taken = "Kế hoạch " + changedLater.get("symbol") + " ngày 2022-12-02 đã tồn tại";
        postDraft(province, changedLater).statusCode(409).contentType(PROBLEM).body("detail", equalTo(taken));
        given().auth().oauth2(issuer(province)).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(changedLater).when().post("/api/v1/plans").then().statusCode(409)
                .body("detail", equalTo("Plan " + changedLater.get("symbol") + " of 2022-12-02 already exists"));
        String since = java.time.OffsetDateTime.parse(given().auth().oauth2(issuer(province))
                .when().get("/api/v1/plans/{id}", second).then().extract().<String>path("updatedAt"))
                .plusNanos(1000).toString();

        changedLater.put("version", 0);
        changedLater.put("title", "Kế hoạch (sửa sau)");
        given().auth().oauth2(issuer(province)).contentType(ContentType.JSON).body(changedLater)
                .when().put("/api/v1/plans/{id}", first).then().statusCode(200);

        given().auth().oauth2(issuer(province)).queryParam("updatedSince", since).when().get("/api/v1/plans")
                .then().statusCode(200).body("total", equalTo(1)).body("items.id", org.hamcrest.Matchers.contains(first));
        given().auth().oauth2(issuer(province)).queryParam("updatedSince", "31/12/2025").when().get("/api/v1/plans")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("updatedSince"));
    }

    @Test
    void shouldListExactlyTheTasksChangedSinceATimeWithdrawnOnesIncluded() {
        Org centre = fixtures.organization("BCHTW", "Ban Chấp hành Trung ương Đảng", OrganizationLevel.CENTRAL, null);
        Org province = fixtures.organization("TU-QUANGTRI", "Tỉnh ủy Quảng Trị", OrganizationLevel.PROVINCIAL, centre);
        String resolution = fixtures.directive("NQ", centre, NQ21_DATE, "PUBLISHED", List.of());
        Map<String, Object> withTwo = plan(symbol("CTr", "TU"), province, LocalDate.of(2022, 12, 2), resolution);
        withTwo.put("tasks", List.of(task("1", "Quán triệt Nghị quyết", province), task("2", "Kết nạp đảng viên", province)));
        String kept = issue(province, draft(province, withTwo));
        Map<String, Object> withOne = plan(symbol("KH", "TU"), province, LocalDate.of(2022, 12, 3), resolution);
        withOne.put("tasks", List.of(task("1", "Sơ kết 6 tháng", province)));
        String revoked = issue(province, draft(province, withOne));
        List<String> keptTasks = given().auth().oauth2(reader(province)).when().get("/api/v1/plans/{id}", kept)
                .then().extract().path("tasks.id");
        String revokedTask = given().auth().oauth2(reader(province)).when().get("/api/v1/plans/{id}", revoked)
                .then().extract().path("tasks[0].id");
        String since = java.time.OffsetDateTime.parse(given().auth().oauth2(reader(province))
                .when().get("/api/v1/tasks/{id}", revokedTask).then().statusCode(200).extract().<String>path("updatedAt"))
                .plusNanos(1000).toString();

        given().auth().oauth2(issuer(province)).contentType(ContentType.JSON)
                .body(Map.of("status", "IN_PROGRESS", "percent", 40, "note", "Đã quán triệt 40% chi bộ"))
                .when().put("/api/v1/tasks/{id}/progress", keptTasks.get(1)).then().statusCode(200);
        given().auth().oauth2(issuer(province)).contentType(ContentType.JSON)
                .body(Map.of("version", 1, "reason", "Ban hành nhầm"))
                .when().post("/api/v1/plans/{id}/revoke", revoked).then().statusCode(200).body("status", equalTo("REVOKED"));

        // the task with progress, then the revoked plan's task (withdrawn), in the order they changed; not the other
        given().auth().oauth2(reader(province)).queryParam("updatedSince", since).when().get("/api/v1/tasks")
                .then().statusCode(200).body("total", equalTo(2))
                .body("items.id", org.hamcrest.Matchers.contains(keptTasks.get(1), revokedTask))
                .body("items.planStatus", org.hamcrest.Matchers.contains("ISSUED", "REVOKED"))
                .body("items[0].progressPercent", equalTo(40));
        // without updatedSince a revoked plan's tasks are not listed
        given().auth().oauth2(reader(province)).queryParam("plan", revoked).when().get("/api/v1/tasks")
                .then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(reader(province)).queryParam("updatedSince", "hôm qua").when().get("/api/v1/tasks")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("updatedSince"));
    }

    private static Map<String, Object> task(String number, String text, Org lead) {
        return Map.of("number", number, "text", text,
                "leadUnits", List.of(Map.of("organizationCode", lead.code(), "name", "Tỉnh ủy")),
                "timeframe", Map.of("text", "Hoàn thành trong năm 2023"));
    }

    @Test
    void shouldAmendAnIssuedPlanKeepingTaskProgressAndHistory() {
        Org centre = fixtures.organization("BCHTW", "Ban Chấp hành Trung ương Đảng", OrganizationLevel.CENTRAL, null);
        Org province = fixtures.organization("TU-QUANGTRI", "Tỉnh ủy Quảng Trị", OrganizationLevel.PROVINCIAL, centre);
        String resolution = fixtures.directive("NQ", centre, NQ21_DATE, "PUBLISHED", List.of());
        Map<String, Object> body = plan(symbol("CTr", "TU"), province, LocalDate.of(2022, 12, 2), resolution);
        body.put("tasks", List.of(Map.of("number", "1", "text", "Quán triệt Nghị quyết",
                "leadUnits", List.of(Map.of("organizationCode", province.code(), "name", "Tỉnh ủy")),
                "timeframe", Map.of("text", "Hoàn thành trong năm 2023"))));
        String id = issue(province, draft(province, body));
        String taskId = given().auth().oauth2(issuer(province)).when().get("/api/v1/plans/{id}", id)
                .then().extract().path("tasks[0].id");
        given().auth().oauth2(issuer(province)).contentType(ContentType.JSON)
                .body(Map.of("status", "IN_PROGRESS", "percent", 60, "note", "Đã quán triệt đến 60% chi bộ"))
                .when().put("/api/v1/tasks/{id}/progress", taskId).then().statusCode(200).body("progressPercent", equalTo(60));

        body.put("version", 1);
        body.put("title", "Chương trình hành động (sửa đổi)");
        given().auth().oauth2(issuer(province)).contentType(ContentType.JSON)
                .body(Map.of("reason", "Bổ sung nhiệm vụ", "content", body))
                .when().post("/api/v1/plans/{id}/amend", id).then().statusCode(200)
                .body("status", equalTo("AMENDED"))
                .body("tasks[0].id", equalTo(taskId))
                .body("tasks[0].progressPercent", equalTo(60));
        given().auth().oauth2(reader(province)).when().get("/api/v1/plans/{id}/history", id).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.contains("ISSUED", "AMENDED"))
                .body("[1].reason", equalTo("Bổ sung nhiệm vụ"))
                .body("[1].content.title", equalTo("Chương trình hành động (sửa đổi)"));
    }

    @Test
    void shouldLetExactlyOneOfConcurrentProgressUpdatesWinWhenTheyReadTheSameVersion() throws Exception {
        Org centre = fixtures.organization("BCHTW", "Ban Chấp hành Trung ương Đảng", OrganizationLevel.CENTRAL, null);
        Org province = fixtures.organization("TU-QUANGTRI", "Tỉnh ủy Quảng Trị", OrganizationLevel.PROVINCIAL, centre);
        String resolution = fixtures.directive("NQ", centre, NQ21_DATE, "PUBLISHED", List.of());
        Map<String, Object> body = plan(symbol("CTr", "TU"), province, LocalDate.of(2022, 12, 5), resolution);
        body.put("tasks", List.of(Map.of("number", "1", "text", "Rà soát, kiện toàn chi ủy",
                "leadUnits", List.of(Map.of("organizationCode", province.code(), "name", "Tỉnh ủy")),
                "timeframe", Map.of("text", "Hoàn thành trong năm 2023"))));
        String id = issue(province, draft(province, body));
        String taskId = given().auth().oauth2(issuer(province)).when().get("/api/v1/plans/{id}", id)
                .then().extract().path("tasks[0].id");
        int versionRead = given().auth().oauth2(issuer(province)).when().get("/api/v1/tasks/{id}", taskId)
                .then().statusCode(200).extract().path("version");

        // when: eight clerks record progress at once, each from the version they read
        ExecutorService clerks = Executors.newFixedThreadPool(8);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int percent = 10; percent <= 80; percent += 10) {
            Map<String, Object> progress = Map.of("status", "IN_PROGRESS", "percent", percent, "version", versionRead);
            answers.add(clerks.submit(() -> given().auth().oauth2(issuer(province)).contentType(ContentType.JSON)
                    .body(progress).when().put("/api/v1/tasks/{id}/progress", taskId).then().extract().statusCode()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get(60, TimeUnit.SECONDS));
        }
        clerks.shutdown();

        // then: one wins, the others are told the task changed; the task holds the winner's figure
        assertEquals(1, statuses.stream().filter(status -> status == 200).count(), "statuses " + statuses);
        assertEquals(7, statuses.stream().filter(status -> status == 409).count(), "statuses " + statuses);
        given().auth().oauth2(issuer(province)).when().get("/api/v1/tasks/{id}", taskId).then().statusCode(200)
                .body("version", equalTo(versionRead + 1));
        given().auth().oauth2(issuer(province)).contentType(ContentType.JSON)
                .body(Map.of("status", "DONE", "percent", 100, "version", versionRead))
                .when().put("/api/v1/tasks/{id}/progress", taskId).then().statusCode(409)
                .body("type", org.hamcrest.Matchers.endsWith("/stale-version"));
    }

    @Test
    void shouldRefuseToIssueAPlanThatMakesAnotherProvinceReportOrAnswer() {
        Org centre = fixtures.organization("BCHTW", "Ban Chấp hành Trung ương Đảng", OrganizationLevel.CENTRAL, null);
        Org quangTri = fixtures.organization("TU-QUANGTRI", "Tỉnh ủy Quảng Trị", OrganizationLevel.PROVINCIAL, centre);
        Org vinhLinh = fixtures.organization("HU-VINHLINH", "Huyện ủy Vĩnh Linh", OrganizationLevel.DISTRICT, quangTri);
        Org canTho = fixtures.organization("TU-CANTHO", "Thành ủy Cần Thơ", OrganizationLevel.PROVINCIAL, centre);
        Org ninhKieu = fixtures.organization("QU-NINHKIEU", "Quận ủy Ninh Kiều", OrganizationLevel.DISTRICT, canTho);
        String resolution = fixtures.directive("NQ", centre, NQ21_DATE, "PUBLISHED", List.of());
        Map<String, Object> body = plan(symbol("KH", "HU"), vinhLinh, LocalDate.of(2023, 1, 9), resolution);
        body.put("reportingRequirements", List.of(Map.of("reporterCodes", List.of(ninhKieu.code()),
                "recipientCode", vinhLinh.code(), "frequencies", List.of("ANNUAL"), "years", List.of(2023),
                "dueDaysAfterPeriodEnd", 5)));
        body.put("subordinatePlans", Map.of("addressees", List.of(quangTri.code())));
        String id = draft(vinhLinh, body);

        issueRequest(vinhLinh, id, 0).statusCode(422).contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("reportingRequirements[0].reporterCodes[0]",
                        "subordinatePlans.addressees[0]"));
    }

    @Test
    void shouldShowHowAProvincesCountTargetIsSharedAmongItsDistricts() {
        Org centre = fixtures.organization("BCHTW", "Ban Chấp hành Trung ương Đảng", OrganizationLevel.CENTRAL, null);
        Org province = fixtures.organization("TU-QUANGTRI", "Tỉnh ủy Quảng Trị", OrganizationLevel.PROVINCIAL, centre);
        Org vinhLinh = fixtures.organization("HU-VINHLINH", "Huyện ủy Vĩnh Linh", OrganizationLevel.DISTRICT, province);
        Org gioLinh = fixtures.organization("HU-GIOLINH", "Huyện ủy Gio Linh", OrganizationLevel.DISTRICT, province);
        String resolution = fixtures.directive("NQ", centre, NQ21_DATE, "PUBLISHED", List.of());
        String programme = symbol("CTr", "TU");
        Map<String, Object> provincial = plan(programme, province, LocalDate.of(2022, 12, 2), resolution);
        provincial.put("targets", List.of(admissions(300)));
        String provinceId = issue(province, draft(province, provincial));
        for (Map.Entry<Org, Integer> share : Map.of(vinhLinh, 130, gioLinh, 120).entrySet()) {
            Map<String, Object> district = plan(symbol("KH", "HU"), share.getKey(), LocalDate.of(2023, 1, 9), resolution);
            district.put("basedOn", List.of(Map.of("symbol", programme)));
            district.put("targets", List.of(admissions(share.getValue())));
            issue(share.getKey(), draft(share.getKey(), district));
        }

        given().auth().oauth2(reader(province)).queryParam("indicator", "NEW_MEMBERS_ADMITTED")
                .when().get("/api/v1/plans/{id}/allocations", provinceId).then().statusCode(200)
                .body("value", equalTo(300))
                .body("allocated", equalTo(250))
                .body("unallocated", equalTo(50))
                .body("shares.organizationCode", containsInAnyOrder(vinhLinh.code(), gioLinh.code()));
        given().auth().oauth2(reader(province)).queryParam("indicator", "VILLAGE_CELLS")
                .when().get("/api/v1/plans/{id}/allocations", provinceId).then().statusCode(400).contentType(PROBLEM);
    }

    private static Map<String, Object> admissions(int value) {
        return Map.of("indicatorCode", "NEW_MEMBERS_ADMITTED", "label", "Hằng năm kết nạp từ " + value + " đảng viên trở lên",
                "comparator", "AT_LEAST", "value", value, "unit", "COUNT",
                "period", Map.of("kind", "ANNUALLY", "fromYear", 2023, "toYear", 2030));
    }

    // --- helpers -------------------------------------------------------------------------------------------

    private static String draft(Org organization, Map<String, Object> body) {
        return postDraft(organization, body).statusCode(201).extract().path("id");
    }

    private static ValidatableResponse postDraft(Org organization, Map<String, Object> body) {
        return given().auth().oauth2(issuer(organization)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/plans").then();
    }

    private static String issue(Org organization, String id) {
        issueRequest(organization, id, 0).statusCode(200).body("status", equalTo("ISSUED"));
        return id;
    }

    private static ValidatableResponse issueRequest(Org organization, String id, int version) {
        return given().auth().oauth2(issuer(organization)).contentType(ContentType.JSON).body(Map.of("version", version))
                .when().post("/api/v1/plans/{id}/issue", id).then();
    }

    private static Map<String, Object> plan(String symbol, Org issuer, LocalDate date, String directive) {
        Map<String, Object> body = new HashMap<>();
        body.put("symbol", symbol);
        body.put("issuingOrganizationCode", issuer.code());
        body.put("issueDate", date.toString());
        body.put("title", "Thực hiện Nghị quyết số 21-NQ/TW về tăng cường củng cố, xây dựng tổ chức cơ sở đảng");
        body.put("implementsDirective", Map.of("symbol", directive));
        body.put("signer", Map.of("onBehalfOf", "T/M BAN THƯỜNG VỤ", "position", "Bí thư", "name", "Trần Nhật Quang"));
        return body;
    }

    private static Map<String, Object> targetJson(String comparator, int value) {
        return Map.of("indicatorCode", "NEW_MEMBER_RATE", "label", "Kết nạp đảng viên mới so với tổng số đảng viên",
                "comparator", comparator, "value", value, "unit", "PERCENT",
                "period", Map.of("kind", "ANNUALLY", "fromYear", 2022, "toYear", 2030));
    }

    private static Target rate(String comparator, int value) {
        return new Target("NEW_MEMBER_RATE", "Kết nạp đảng viên mới", Target.Comparator.valueOf(comparator),
                BigDecimal.valueOf(value), null, Target.Unit.PERCENT,
                new Target.TargetPeriod(Target.TargetPeriod.Kind.ANNUALLY, 2022, 2030), null, null, null, null);
    }

    private static String issuer(Org organization) {
        return TestTokens.user("issuer." + organization.code(), organization.code(), "issuer", "reader");
    }

    private static String reader(Org organization) {
        return TestTokens.user("reader." + organization.code(), organization.code(), "reader");
    }

    private static String symbol(String type, String issuer) {
        return Fixtures.documentNumber() + "-" + type + "/" + issuer;
    }
}
