package vn.cascade.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cascade.common.documents.ReferenceKind;
import vn.cascade.common.events.DirectiveSnapshot;
import vn.cascade.common.events.OrganizationKind;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.events.TaskGuidanceLinked;
import vn.cascade.common.events.Topics;
import vn.cascade.common.testing.KafkaProbe;
import vn.cascade.common.testing.TestTokens;
import vn.cascade.plan.Fixtures.Org;

/**
 * Issue 19, guidance linking: a task "sau khi có hướng dẫn của cấp trên" gets its due date when the guidance it waits
 * for is issued — named by symbol, or a guidance (HD) from above resting on the directive the plan implements — and
 * the link is announced once, whatever is replayed.
 */
@QuarkusTest
class GuidanceLinkingTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final LocalDate NQ21_DATE = LocalDate.of(2022, 6, 16);

    @Inject
    Fixtures fixtures;

    @Inject
    ObjectMapper objectMapper;

    @Test
    void shouldLinkTheTasksWaitingForGuidanceWhenItIsIssuedAndAnnounceEachOnce() throws IOException {
        Org centre = fixtures.organization("BCHTW", "Ban Chấp hành Trung ương Đảng", OrganizationLevel.CENTRAL, null);
        Org centralOrganisation = fixtures.organization("BTCTW", "Ban Tổ chức Trung ương", OrganizationLevel.CENTRAL,
                OrganizationKind.ADVISORY_COMMISSION, centre);
        Org province = fixtures.organization("TU-QUANGTRI", "Tỉnh ủy Quảng Trị", OrganizationLevel.PROVINCIAL, centre);
        Org district = fixtures.organization("HU-VINHLINH", "Huyện ủy Vĩnh Linh", OrganizationLevel.DISTRICT, province);
        Org districtOrganisation = fixtures.organization("BTC-HU", "Ban Tổ chức Huyện ủy", OrganizationLevel.DISTRICT,
                OrganizationKind.ADVISORY_COMMISSION, district);
        String directive = fixtures.directive("NQ", centre, NQ21_DATE, "PUBLISHED", List.of());
        String namedGuidance = number() + "-HD/BTCTW";
        String upperPlan = number() + "-KH/TU";

        Map<String, Object> body = plan(symbol("KH", "HU"), district, LocalDate.of(2023, 1, 9), directive);
        body.put("tasks", List.of(
                task("1.1", "Tiếp tục hoàn thiện mô hình tổ chức đảng trực thuộc đảng ủy xã, thị trấn.",
                        Map.of("text", "Năm 2023 (Sau khi có hướng dẫn của cấp trên)")),
                task("1.2", "Nghiên cứu, xem xét việc thành lập chi bộ quân sự xã, thị trấn.",
                        Map.of("text", "Sau khi có Hướng dẫn số " + namedGuidance + " của Ban Tổ chức Trung ương")),
                task("1.3", "Nghiên cứu, đề xuất nguồn kinh phí hỗ trợ hoạt động của tổ chức cơ sở đảng.",
                        Map.of("kind", "AWAITING_GUIDANCE", "awaitedDocument", upperPlan,
                                "text", "Sau khi có kế hoạch của Tỉnh ủy")),
                task("1.4", "Thực hiện nghiêm chế độ sinh hoạt chi bộ.", Map.of("text", "Thường xuyên"))));
        String planId = issue(district, body);
        JsonPath tasks = given().auth().oauth2(reader(district)).when().get("/api/v1/plans/{id}", planId)
                .then().statusCode(200)
                .body("tasks[0].timeframe.kind", equalTo("AWAITING_GUIDANCE"))
                .body("tasks[0].dueDate", nullValue())
                .body("tasks[0].guidance", nullValue())
                .body("tasks[1].timeframe.awaitedDocument", equalTo(namedGuidance))
                .extract().jsonPath();
        String waiting = tasks.getString("tasks[0].id");
        String waitingByName = tasks.getString("tasks[1].id");
        String waitingForPlan = tasks.getString("tasks[2].id");

        // The district's own Ban Tổ chức is not above it: its guidance links nothing.
        fixtures.directive(guidance(number() + "-HD/BTCTW", districtOrganisation, LocalDate.of(2023, 2, 1), null,
                directive, 1));
        // A guidance from above on another directive links nothing either.
        String otherDirective = fixtures.directive("NQ", centre, NQ21_DATE, "PUBLISHED", List.of());
        fixtures.directive(guidance(number() + "-HD/BTCTW", centralOrganisation, LocalDate.of(2023, 2, 2), null,
                otherDirective, 1));
        given().auth().oauth2(reader(district)).when().get("/api/v1/tasks/{id}", waiting).then().statusCode(200)
                .body("guidance", nullValue()).body("dueDate", nullValue());

        // Ban Tổ chức Trung ương guides the resolution the plan implements; it states no deadline: the default 90 days.
        DirectiveSnapshot fromAbove = guidance(number() + "-HD/BTCTW", centralOrganisation, LocalDate.of(2023, 3, 15),
                "Hướng dẫn một số vấn đề về tổ chức cơ sở đảng", directive, 1);
        fixtures.directive(fromAbove);
        given().auth().oauth2(reader(district)).when().get("/api/v1/tasks/{id}", waiting).then().statusCode(200)
                .body("dueDate", equalTo("2023-06-13"))
                .body("guidance.kind", equalTo("DIRECTIVE"))
                .body("guidance.documentId", equalTo(fromAbove.id().toString()))
                .body("guidance.symbol", equalTo(fromAbove.symbol()))
                .body("guidance.issuingOrganizationCode", equalTo(centralOrganisation.code()))
                .body("guidance.matchedBy", equalTo("ISSUER_AND_KIND"))
                .body("guidance.dueDateSource", equalTo("DEFAULT"))
                .body("overdue", equalTo(true));
        // The task naming another guidance still waits for it.
        given().auth().oauth2(reader(district)).when().get("/api/v1/tasks/{id}", waitingByName).then().statusCode(200)
                .body("guidance", nullValue());

        // The named guidance states its own deadline.
        String since = OffsetDateTime.parse(given().auth().oauth2(reader(district))
                .when().get("/api/v1/tasks/{id}", waitingByName).then().statusCode(200).extract().<String>path("updatedAt"))
                .plusNanos(1000).toString();
        DirectiveSnapshot named = guidance(namedGuidance, centralOrganisation, LocalDate.of(2023, 4, 3),
                "Các cấp ủy hoàn thành trong tháng 9/2023", directive, 1);
        fixtures.directive(named);
        given().auth().oauth2(reader(district)).when().get("/api/v1/tasks/{id}", waitingByName).then().statusCode(200)
                .body("dueDate", equalTo("2023-09-30"))
                .body("guidance.symbol", equalTo(namedGuidance))
                .body("guidance.matchedBy", equalTo("SYMBOL"))
                .body("guidance.dueDateSource", equalTo("GUIDANCE"));
        // A client syncing with updatedSince learns of the link.
        given().auth().oauth2(reader(district)).queryParam("updatedSince", since).queryParam("plan", planId)
                .when().get("/api/v1/tasks").then().statusCode(200).body("items.id", hasItem(waitingByName));

        // The province issues the plan the third task waits for.
        Map<String, Object> provinceBody = plan(upperPlan, province, LocalDate.of(2023, 4, 20), directive);
        provinceBody.put("subordinatePlans", Map.of("deadline", "2023-07-31"));
        String provincePlan = issue(province, provinceBody);
        given().auth().oauth2(reader(district)).when().get("/api/v1/plans/{id}", planId).then().statusCode(200)
                .body("tasks[2].dueDate", equalTo("2023-07-31"))
                .body("tasks[2].guidance.kind", equalTo("PLAN"))
                .body("tasks[2].guidance.documentId", equalTo(provincePlan))
                .body("tasks[2].guidance.dueDateSource", equalTo("GUIDANCE"))
                .body("tasks[3].guidance", nullValue());

        // Replays and later versions of a guidance change nothing: the first link stays, announced once.
        fixtures.directive(fromAbove);
        fixtures.directive(guidance(fromAbove, "Các cấp ủy hoàn thành trong tháng 5/2023", 2));
        fixtures.directive(guidance(named, null, 2));
        given().auth().oauth2(reader(district)).when().get("/api/v1/tasks/{id}", waiting).then().statusCode(200)
                .body("dueDate", equalTo("2023-06-13"));
        List<CloudEvent> events = KafkaProbe.read(Topics.PLANS, WAIT, records -> records.stream()
                .map(KafkaProbe::decodeOrNull)
                .filter(event -> event != null && TaskGuidanceLinked.TYPE.equals(event.getType())
                        && planId.equals(event.getSubject()))
                .count() >= 3).stream().map(KafkaProbe::decodeOrNull)
                .filter(event -> event != null && TaskGuidanceLinked.TYPE.equals(event.getType())
                        && planId.equals(event.getSubject()))
                .toList();
        assertEquals(3, events.size(), "one announcement per linked task");
        Map<UUID, TaskGuidanceLinked> byTask = new HashMap<>();
        for (CloudEvent event : events) {
            TaskGuidanceLinked linked = objectMapper.readValue(event.getData().toBytes(), TaskGuidanceLinked.class);
            byTask.put(linked.taskId(), linked);
        }
        TaskGuidanceLinked first = byTask.get(UUID.fromString(waiting));
        assertEquals(LocalDate.of(2023, 6, 13), first.dueDate());
        assertEquals(fromAbove.symbol(), first.guidance().symbol());
        assertEquals("HD", first.guidance().type());
        assertEquals("1.1", first.taskNumber());
        assertEquals(district.code(), first.issuingOrganizationCode());
        assertEquals("PLAN", byTask.get(UUID.fromString(waitingForPlan)).guidance().kind());
    }

    // --- helpers -------------------------------------------------------------------------------------------

    /** A guidance (hướng dẫn) resting on the directive, version as given. */
    private static DirectiveSnapshot guidance(String symbol, Org issuer, LocalDate issueDate, String summary,
            String directive, long version) {
        return new DirectiveSnapshot(UUID.randomUUID(), symbol, "HD", issuer.id(), issuer.code(), issueDate, "XIII",
                "Hướng dẫn thực hiện Nghị quyết số " + directive, summary, "PUBLISHED", List.of(),
                List.of(new DirectiveSnapshot.Reference(ReferenceKind.IMPLEMENTS, directive, NQ21_DATE, null)), version);
    }

    /** The same guidance at another version, with another summary. */
    private static DirectiveSnapshot guidance(DirectiveSnapshot earlier, String summary, long version) {
        return new DirectiveSnapshot(earlier.id(), earlier.symbol(), earlier.type(), earlier.issuingOrganizationId(),
                earlier.issuingOrganizationCode(), earlier.issueDate(), earlier.term(), earlier.title(), summary,
                version > 1 ? "AMENDED" : earlier.status(), earlier.targets(), earlier.references(), version);
    }

    private static Map<String, Object> task(String number, String text, Map<String, Object> timeframe) {
        return Map.of("number", number, "text", text,
                "leadUnits", List.of(Map.of("name", "Ban Tổ chức Huyện ủy")), "timeframe", timeframe);
    }

    private static String issue(Org organization, Map<String, Object> body) {
        String id = given().auth().oauth2(issuer(organization)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/plans").then().statusCode(201).extract().path("id");
        given().auth().oauth2(issuer(organization)).contentType(ContentType.JSON).body(Map.of("version", 0))
                .when().post("/api/v1/plans/{id}/issue", id).then().statusCode(200).body("status", equalTo("ISSUED"));
        return id;
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

    private static String issuer(Org organization) {
        return TestTokens.user("issuer." + organization.code(), organization.code(), "issuer", "reader");
    }

    private static String reader(Org organization) {
        return TestTokens.user("reader." + organization.code(), organization.code(), "reader");
    }

    private static int number() {
        return Fixtures.documentNumber();
    }

    private static String symbol(String type, String issuer) {
        return number() + "-" + type + "/" + issuer;
    }
}
