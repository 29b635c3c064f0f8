package vn.cascade.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.testing.TestTokens;
import vn.cascade.plan.Fixtures.Org;

/**
 * Issue 19, points 3 and 4: tasks as the tree their numbers make, a group's progress from its children, and the
 * 2×2 counts (done or not × on time or late) per plan, lead unit and organisation subtree. Due dates lie well in the
 * past or the future, so that "late" holds whatever day the suite runs (the clock is not adjustable in tests).
 */
@QuarkusTest
class PlanTaskTreeTest {

    private static final String PAST = "(hoàn thành trong tháng 3/2023)";
    private static final String PAST_TOO = "(hoàn thành trong tháng 6/2023)";
    private static final String FUTURE = "Hoàn thành trong năm 2035";
    private static final String ONGOING = "Thường xuyên";
    private static final String NAMED_UNIT = "Ban Tổ chức Huyện ủy";

    @Inject
    Fixtures fixtures;

    @Test
    void shouldNestTasksByTheirNumbersDeriveGroupProgressAndCountTheFacet() {
        Org centre = fixtures.organization("BCHTW", "Ban Chấp hành Trung ương Đảng", OrganizationLevel.CENTRAL, null);
        Org province = fixtures.organization("TU-QUANGTRI", "Tỉnh ủy Quảng Trị", OrganizationLevel.PROVINCIAL, centre);
        Org district = fixtures.organization("HU-VINHLINH", "Huyện ủy Vĩnh Linh", OrganizationLevel.DISTRICT, province);
        String directive = fixtures.directive("NQ", centre, LocalDate.of(2022, 6, 16), "PUBLISHED", List.of());
        Map<String, Object> body = plan(district, directive, List.of(
                task("1", "Tuyên truyền, quán triệt Nghị quyết", null, ONGOING),
                task("1.1", "Quán triệt đến chi bộ", district, PAST),
                task("1.2", "Tuyên truyền trên Cổng thông tin", null, FUTURE),
                task("2", "Củng cố tổ chức cơ sở đảng", null, ONGOING),
                task("2.1", "Kiện toàn cấp ủy chi bộ thôn", district, PAST_TOO),
                task("3", "Sơ kết việc thực hiện", null, FUTURE)));
        String id = draft(district, body);
        given().auth().oauth2(issuer(district)).contentType(ContentType.JSON).body(Map.of("version", 0))
                .when().post("/api/v1/plans/{id}/issue", id).then().statusCode(200);

        // The flat list keeps working, each task with its parent and place.
        List<String> ids = given().auth().oauth2(reader(province)).when().get("/api/v1/plans/{id}", id).then()
                .statusCode(200)
                .body("tasks.number", contains("1", "1.1", "1.2", "2", "2.1", "3"))
                .body("tasks.parentNumber", contains(null, "1", "1", null, "2", null))
                .body("tasks.position", contains(0, 1, 2, 3, 4, 5))
                .extract().path("tasks.id");
        given().auth().oauth2(reader(province)).when().get("/api/v1/tasks/{id}", ids.get(4)).then().statusCode(200)
                .body("parentId", equalTo(ids.get(3))).body("parentNumber", equalTo("2"));

        // 1.1 done after its due date (done late), 1.2 under way, 3 done before its due date (done on time).
        progress(district, ids.get(1), "DONE", 100);
        progress(district, ids.get(2), "IN_PROGRESS", 40);
        progress(district, ids.get(5), "DONE", 100);

        given().auth().oauth2(reader(province)).when().get("/api/v1/plans/{id}/tasks/tree", id).then().statusCode(200)
                .body("task.number", contains("1", "2", "3"))
                .body("[0].children.task.number", contains("1.1", "1.2"))
                .body("[0].group.percent", equalTo(70))
                .body("[0].group.status", equalTo("IN_PROGRESS"))
                .body("[0].group.children", equalTo(2))
                .body("[0].group.doneChildren", equalTo(1))
                .body("[0].task.progressPercent", equalTo(0))
                .body("[0].children[0].group", nullValue())
                .body("[0].children[0].children", hasSize(0))
                .body("[1].group.status", equalTo("NOT_STARTED"))
                .body("[1].group.percent", equalTo(0))
                .body("[2].group", nullValue());

        Map<String, Integer> cells = Map.of("total", 6, "doneOnTime", 1, "doneLate", 1, "notDoneOnTime", 3,
                "notDoneLate", 1);
        var planCounts = given().auth().oauth2(reader(province)).queryParam("groupBy", "leadUnit")
                .when().get("/api/v1/plans/{id}/tasks/counts", id).then().statusCode(200)
                .body("groupBy", equalTo("LEAD_UNIT"))
                .body("groups.key", contains("name:" + NAMED_UNIT, district.code())) // by name
                .body("groups[1].name", equalTo("Huyện ủy Vĩnh Linh"))
                .body("groups[1].counts.total", equalTo(2))
                .body("groups[1].counts.doneLate", equalTo(1))
                .body("groups[1].counts.notDoneLate", equalTo(1))
                .body("groups[0].counts.total", equalTo(4))
                .body("groups[0].counts.doneOnTime", equalTo(1))
                .body("groups[0].counts.notDoneOnTime", equalTo(3));
        cells.forEach((cell, count) -> planCounts.body("total." + cell, equalTo(count)));
        // Each cell is the list filtered to it: done late is the task completed after its due date.
        given().auth().oauth2(reader(province)).queryParam("plan", id).queryParam("done", true).queryParam("onTime", false)
                .when().get("/api/v1/tasks").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].number", equalTo("1.1"))
                .body("items[0].dueDate", equalTo("2023-03-31")).body("items[0].completedOn", notNullValue());

        // A draft of the district is no issued plan: the counts across plans leave it out.
        draft(district, plan(district, directive, List.of(task("1", "Dự thảo", district, PAST))));
        var subtree = given().auth().oauth2(reader(province)).queryParam("organization", district.code())
                .when().get("/api/v1/tasks/counts").then().statusCode(200)
                .body("groupBy", equalTo("NONE")).body("groups", hasSize(0));
        cells.forEach((cell, count) -> subtree.body("total." + cell, equalTo(count)));
        given().auth().oauth2(reader(district)).queryParam("organization", province.code()).queryParam("groupBy", "plan")
                .when().get("/api/v1/tasks/counts").then().statusCode(200)
                .body("groups.key", contains(id)).body("groups[0].name", equalTo(body.get("symbol")))
                .body("groups[0].counts.notDoneLate", equalTo(1));
        given().auth().oauth2(reader(province)).queryParam("organization", province.code())
                .queryParam("leadUnit", district.code())
                .when().get("/api/v1/tasks/counts").then().statusCode(200)
                .body("total.total", equalTo(2)).body("total.doneLate", equalTo(1));

        given().auth().oauth2(reader(province)).queryParam("groupBy", "unit")
                .when().get("/api/v1/plans/{id}/tasks/counts", id).then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(reader(province)).queryParam("organization", "KHONG-CO")
                .when().get("/api/v1/tasks/counts").then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/plans/{id}/tasks/tree", id).then().statusCode(401);
    }

    @Test
    void shouldKeepTheTreeInVersionsAndShowAMoveInTheDiff() {
        Org centre = fixtures.organization("BCHTW", "Ban Chấp hành Trung ương Đảng", OrganizationLevel.CENTRAL, null);
        Org province = fixtures.organization("TU-QUANGTRI", "Tỉnh ủy Quảng Trị", OrganizationLevel.PROVINCIAL, centre);
        Org district = fixtures.organization("HU-VINHLINH", "Huyện ủy Vĩnh Linh", OrganizationLevel.DISTRICT, province);
        String directive = fixtures.directive("NQ", centre, LocalDate.of(2022, 6, 16), "PUBLISHED", List.of());
        Map<String, Object> body = plan(district, directive, List.of(
                task("1", "Tuyên truyền", null, ONGOING),
                task("1.1", "Quán triệt", district, PAST),
                task("2.1", "Kiện toàn cấp ủy", district, PAST_TOO),
                task("3", "Sơ kết", null, FUTURE)));
        String id = draft(district, body);
        given().auth().oauth2(issuer(district)).contentType(ContentType.JSON).body(Map.of("version", 0))
                .when().post("/api/v1/plans/{id}/issue", id).then().statusCode(200);
        String done = given().auth().oauth2(reader(district)).when().get("/api/v1/plans/{id}", id).then()
                .body("tasks[1].parentNumber", equalTo("1"))
                .body("tasks[2].parentNumber", nullValue()) // no "2" above it
                .extract().path("tasks[1].id");
        progress(district, done, "DONE", 100);

        // The amendment adds "2" (2.1 moves under it), puts 3 before 1, and adds 3.1 under 3.
        int version = given().auth().oauth2(reader(district)).when().get("/api/v1/plans/{id}", id).then()
                .extract().path("version");
        body.put("version", version);
        body.put("tasks", List.of(
                task("3", "Sơ kết", null, FUTURE),
                task("3.1", "Sơ kết ở chi bộ", district, FUTURE),
                task("1", "Tuyên truyền", null, ONGOING),
                task("1.1", "Quán triệt", district, PAST),
                task("2", "Củng cố tổ chức", null, ONGOING),
                task("2.1", "Kiện toàn cấp ủy", district, PAST_TOO)));
        given().auth().oauth2(issuer(district)).contentType(ContentType.JSON)
                .body(Map.of("reason", "Bổ sung nhiệm vụ", "content", body))
                .when().post("/api/v1/plans/{id}/amend", id).then().statusCode(200);

        List<Integer> numbers = given().auth().oauth2(reader(province)).when().get("/api/v1/plans/{id}/versions", id)
                .then().statusCode(200).extract().path("version");
        int first = numbers.get(0);
        int second = numbers.get(1);
        given().auth().oauth2(reader(province)).when().get("/api/v1/plans/{id}/versions/{n}", id, second)
                .then().statusCode(200)
                .body("content.tasks.number", contains("3", "3.1", "1", "1.1", "2", "2.1"))
                .body("content.tasks.parentNumber", contains(null, "3", null, "1", null, "2"));
        given().auth().oauth2(reader(province)).queryParam("against", first)
                .when().get("/api/v1/plans/{id}/versions/{n}/diff", id, second).then().statusCode(200)
                .body("tasks.added.number", contains("3.1", "2"))
                .body("tasks.added[0].parentNumber", equalTo("3"))
                .body("tasks.removed", hasSize(0))
                .body("tasks.changed.key", contains("2.1"))
                .body("tasks.changed[0].fields", contains("parentNumber"))
                .body("tasks.changed[0].before.parentNumber", nullValue())
                .body("tasks.changed[0].after.parentNumber", equalTo("2"))
                .body("fields.find { it.field == 'taskOrder' }.before", contains("1", "1.1", "2.1", "3"))
                .body("fields.find { it.field == 'taskOrder' }.after", contains("3", "1", "1.1", "2.1"));

        // The task whose number stayed kept its progress; the tree follows the new order.
        given().auth().oauth2(reader(province)).when().get("/api/v1/plans/{id}/tasks/tree", id).then().statusCode(200)
                .body("task.number", contains("3", "1", "2"))
                .body("[1].group.status", equalTo("DONE"))
                .body("[1].group.percent", equalTo(100))
                .body("[1].children[0].task.id", equalTo(done));
    }

    private static void progress(Org organization, String task, String status, int percent) {
        given().auth().oauth2(issuer(organization)).contentType(ContentType.JSON)
                .body(Map.of("status", status, "percent", percent, "note", "Đã thực hiện"))
                .when().put("/api/v1/tasks/{id}/progress", task).then().statusCode(200).body("status", equalTo(status));
    }

    private static Map<String, Object> plan(Org issuer, String directive, List<Map<String, Object>> tasks) {
        Map<String, Object> body = new HashMap<>();
        body.put("symbol", Fixtures.documentNumber() + "-KH/HU");
        body.put("issuingOrganizationCode", issuer.code());
        body.put("issueDate", "2023-01-09");
        body.put("title", "Kế hoạch thực hiện Nghị quyết số 21-NQ/TW");
        body.put("implementsDirective", Map.of("symbol", directive));
        body.put("tasks", new ArrayList<>(tasks));
        return body;
    }

    private static Map<String, Object> task(String number, String text, Org lead, String timeframe) {
        return Map.of("number", number, "text", text,
                "leadUnits", List.of(lead == null ? Map.of("name", NAMED_UNIT)
                        : Map.of("organizationCode", lead.code(), "name", "Huyện ủy Vĩnh Linh")),
                "timeframe", Map.of("text", timeframe));
    }

    private static String draft(Org organization, Map<String, Object> body) {
        return given().auth().oauth2(issuer(organization)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/plans").then().statusCode(201).extract().path("id");
    }

    private static String issuer(Org organization) {
        return TestTokens.user("issuer." + organization.code(), organization.code(), "issuer", "reader");
    }

    private static String reader(Org organization) {
        return TestTokens.user("reader." + organization.code(), organization.code(), "reader");
    }
}
