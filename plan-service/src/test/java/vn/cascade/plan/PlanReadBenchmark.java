package vn.cascade.plan;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.cascade.common.events.IndicatorSnapshot;
import vn.cascade.common.events.OrganizationKind;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.testing.ReadThroughput;
import vn.cascade.common.testing.TestTokens;
import vn.cascade.plan.Fixtures.Org;

/**
 * {@code GET /api/v1/plans/{id}} of the demo's Plan 68-KH/HU (the plan of the load benchmark, under 48-CTr/TU)
 * beside plan-service's cheapest authenticated call, {@code GET /api/v1/admin/plan/clock}, in requests per second:
 * a benchmark, not a test (issue 18, "fast single reads"). Its name matches none of Surefire's test patterns, so
 * {@code ./mvnw verify} never runs it; run it with
 * <pre>./mvnw -B verify -pl plan-service -am -Dtest=PlanReadBenchmark -Dsurefire.failIfNoSpecifiedTests=false -DskipITs</pre>
 * and the settings of {@link ReadThroughput} ({@code -Dbenchmark.rounds=N}, {@code -Dbenchmark.jfr=/tmp/plan.jfr}
 * …). The plans are the demo's own bodies (deploy/local/demo/03-plans.json), their organisations' codes made unique;
 * the table goes to {@code target/plan-read-benchmark.md}.
 */
@QuarkusTest
@TestProfile(ReadThroughput.AdjustableClock.class)
class PlanReadBenchmark {

    private static final Path DEMO_PLANS = Path.of("..", "deploy", "local", "demo", "03-plans.json");

    @Inject
    Fixtures fixtures;
    @Inject
    ObjectMapper json;

    @Test
    void measurePlanReadBesideTheClock() throws Exception {
        Org centre = fixtures.organization("BCHTW", "Ban Chấp hành Trung ương Đảng", OrganizationLevel.CENTRAL, null);
        Map<String, Org> codes = new LinkedHashMap<>();
        codes.put("BTCTW", fixtures.advisoryBody("BTCTW", "Ban Tổ chức Trung ương", centre));
        Org province = fixtures.organization("TU-QUANGTRI", "Tỉnh ủy Quảng Trị", OrganizationLevel.PROVINCIAL, centre);
        codes.put("TU-QUANGTRI", province);
        codes.put("BTC-TU-QUANGTRI", fixtures.advisoryBody("BTC-TU-QUANGTRI", "Ban Tổ chức Tỉnh ủy", province));
        Org district = fixtures.organization("HU-VINHLINH", "Huyện ủy Vĩnh Linh", OrganizationLevel.DISTRICT, province);
        codes.put("HU-VINHLINH", district);
        for (String body : List.of("BTC-HU-VINHLINH", "VP-HU-VINHLINH", "MTTQ-VINHLINH", "TTCT-VINHLINH")) {
            codes.put(body, fixtures.organization(body, body, OrganizationLevel.DISTRICT,
                    OrganizationKind.ADVISORY_COMMISSION, district));
        }
        fixtures.directive("21-NQ/TW", "NQ", centre, LocalDate.of(2022, 6, 16), "PUBLISHED", List.of());
        LocalDate from = LocalDate.of(2020, 1, 1);
        fixtures.indicator(IndicatorSnapshot.DEFINED, new IndicatorSnapshot("FOUR_GOOD_CELL_RATE",
                "Tỉ lệ chi bộ đạt tiêu chuẩn \"4 tốt\"", "Share of four-good cells", "RATE", "FOUR_GOOD_CELLS",
                "PARTY_CELLS", "%", "RECOMPUTED_RATE", from, null, List.of(), List.of(), 0));
        fixtures.indicator(IndicatorSnapshot.DEFINED, new IndicatorSnapshot("FOUR_GOOD_RESOLUTION_SHARE",
                "Tỉ lệ cấp ủy đã ban hành nghị quyết chuyên đề", "Share of committees with the resolution", "SHARE",
                "FOUR_GOOD_RESOLUTION_ISSUED", null, "%", "SHARE_OF_ORGANIZATIONS", from, null, List.of(), List.of(),
                0));

        String demo = Files.readString(DEMO_PLANS, StandardCharsets.UTF_8);
        for (Map.Entry<String, Org> code : codes.entrySet()) {
            demo = demo.replace("\"" + code.getKey() + "\"", "\"" + code.getValue().code() + "\"");
        }
        JsonNode steps = json.readTree(demo).get("steps");
        issue(province, body(steps, "Draft Programme 48-CTr/TU"));
        String plan = issue(district, body(steps, "Draft Plan 68-KH/HU"));

        Supplier<String> admin = () -> TestTokens.user("benchmark-admin", centre.code(), "admin");
        Supplier<String> reader = () -> TestTokens.user("benchmark-reader", province.code(), "reader");
        String base = RestAssured.baseURI + ":" + RestAssured.port;
        String table = new ReadThroughput().measure(
                new ReadThroughput.Call("plan clock (admin)", URI.create(base + "/api/v1/admin/plan/clock"), admin),
                List.of(new ReadThroughput.Call("GET /api/v1/plans/{id} 68-KH/HU (admin)",
                                URI.create(base + "/api/v1/plans/" + plan), admin),
                        new ReadThroughput.Call("GET /api/v1/plans/{id} 68-KH/HU (province reader)",
                                URI.create(base + "/api/v1/plans/" + plan), reader)));
        Files.writeString(Path.of("target", "plan-read-benchmark.md"), table, StandardCharsets.UTF_8);
    }

    private static JsonNode body(JsonNode steps, String title) {
        for (JsonNode step : steps) {
            if (step.get("title").asText().startsWith(title)) {
                return step.get("body");
            }
        }
        throw new IllegalStateException("No step " + title + " in " + DEMO_PLANS);
    }

    private String issue(Org issuer, JsonNode body) throws Exception {
        String token = TestTokens.user("issuer." + issuer.code(), issuer.code(), "issuer", "reader");
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(json.writeValueAsString(body))
                .when().post("/api/v1/plans").then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("version", 0))
                .when().post("/api/v1/plans/{id}/issue", id).then().statusCode(200);
        return id;
    }
}
