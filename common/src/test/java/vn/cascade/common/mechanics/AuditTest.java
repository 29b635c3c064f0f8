package vn.cascade.common.mechanics;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.cascade.common.testing.TestTokens;

@QuarkusTest
class AuditTest {

    /**
     * How long a line written off the request thread may take to appear: generous, for a loaded machine (the writer is
     * one thread behind a queue, and each poll is a request of its own); the await ends as soon as the line is there.
     */
    private static final Duration WRITTEN = Duration.ofSeconds(60);

    @Inject
    MeterRegistry meters;

    @Test
    void shouldRecordWhoChangedWhatAndFromWhichClient() {
        String clerk = TestTokens.user("clerk.hu-vinhlinh", "HU-VINHLINH", "issuer");
        given().auth().oauth2(clerk).contentType(ContentType.JSON).body("{\"id\": 301, \"name\": \"Chi bộ 301\"}")
                .when().post("/api/v1/items").then().statusCode(204);
        given().auth().oauth2(clerk).contentType(ContentType.JSON).body("{\"id\": -1, \"name\": \"\"}")
                .when().post("/api/v1/items").then().statusCode(400);

        String admin = TestTokens.user("admin", "BCHTW", "admin");
        given().auth().oauth2(admin).queryParam("actor", "clerk.hu-vinhlinh")
                .when().get("/api/v1/admin/test/audit").then().statusCode(200)
                .body("items.size()", equalTo(2)).body("total", equalTo(2))
                .body("items.status", org.hamcrest.Matchers.contains(400, 204))
                .body("items[1].method", equalTo("POST"))
                .body("items[1].path", equalTo("/api/v1/items"))
                .body("items[1].organizationCode", equalTo("HU-VINHLINH"))
                .body("items[1].client", equalTo("cascade-test"));
        given().auth().oauth2(admin).queryParam("pathPrefix", "/api/v1/plans")
                .when().get("/api/v1/admin/test/audit").then().statusCode(200).body("items.size()", equalTo(0)).body("total", equalTo(0));
        given().auth().oauth2(admin).queryParam("pathPrefix", "/api/v1/items")
                .when().get("/api/v1/admin/test/audit").then().statusCode(200).body("items.size()", equalTo(2));
        // paged like every list: one entry a page, the total and RFC 8288 links beside it
        given().auth().oauth2(admin).queryParam("actor", "clerk.hu-vinhlinh").queryParam("size", 1)
                .when().get("/api/v1/admin/test/audit").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("total", equalTo(2)).body("items[0].status", equalTo(400))
                .header("Link", org.hamcrest.Matchers.containsString("page=1&size=1>; rel=\"next\""));
        given().auth().oauth2(clerk).when().get("/api/v1/admin/test/audit").then().statusCode(403);
        given().when().get("/api/v1/admin/test/audit").then().statusCode(401);
    }

    @Test
    void shouldRecordAttemptsRefusedBeforeAnyResourceRanAndOnlyCountAnonymousOnes() {
        double unauthenticatedBefore = unauthenticatedPuts();
        String stranger = TestTokens.user("stranger.audit", "HU-VINHLINH", "reporter");
        String move = "{\"instant\": \"2030-01-01T00:00:00Z\"}";
        given().auth().oauth2(stranger).contentType(ContentType.JSON).body(move)
                .when().put("/api/v1/admin/test/clock").then().statusCode(403);
        given().contentType(ContentType.JSON).body(move)
                .when().put("/api/v1/admin/test/clock").then().statusCode(401);
        given().auth().oauth2(TestTokens.tampered(stranger)).contentType(ContentType.JSON).body(move)
                .when().put("/api/v1/admin/test/clock").then().statusCode(401);

        String admin = TestTokens.user("admin", "BCHTW", "admin");
        // a refusal before any resource ran is written by the audit's own thread after the answer: await its line
        await().atMost(WRITTEN).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> given().auth().oauth2(admin)
                .queryParam("actor", "stranger.audit").when().get("/api/v1/admin/test/audit").then().statusCode(200)
                .body("items.status", contains(403)).body("items[0].organizationCode", equalTo("HU-VINHLINH")));
        // the two attempts without a valid token are counted, not written: nobody fills the table anonymously
        assertEquals(unauthenticatedBefore + 2, unauthenticatedPuts());
        given().auth().oauth2(admin).queryParam("pathPrefix", "/api/v1/admin/test/clock").when().get("/api/v1/admin/test/audit")
                .then().statusCode(200).body("items.status", not(hasItem(401)));
    }

    @Test
    void shouldRecordARequestWhosePathHoldsControlCharactersOrIsTooLongWithThePathEscapedAndCut() {
        // PostgreSQL text cannot hold a NUL: the path is stored with its control characters percent-encoded
        String intruder = TestTokens.user("intruder.audit", "HU-VINHLINH", "issuer");
        given().auth().oauth2(intruder).urlEncodingEnabled(false).when().post("/api/v1/audited/a%00b%1Bc")
                .then().statusCode(400).contentType("application/problem+json");
        String longPath = "/api/v1/audited/" + "x".repeat(6_000);
        given().auth().oauth2(intruder).when().post(longPath)
                .then().statusCode(414).contentType("application/problem+json");

        String admin = TestTokens.user("admin", "BCHTW", "admin");
        await().atMost(WRITTEN).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> given().auth().oauth2(admin)
                .queryParam("actor", "intruder.audit").when().get("/api/v1/admin/test/audit").then().statusCode(200)
                .body("items.status", contains(414, 400))
                .body("items[1].path", equalTo("/api/v1/audited/a%00b%1Bc"))
                .body("items[0].path.length()", equalTo(4096))
                .body("items[0].path", equalTo(longPath.substring(0, 4095) + "…")));
    }

    /**
     * A change whose transaction the idempotency interceptor owns has its line written in that transaction (issue 18,
     * run 7a): once, with the same fields the filter writes, at once; a replay, a refusal and a failure after the
     * write began are written by the filter, once each, and the failed change left no item.
     */
    @Test
    void shouldWriteTheLineOfASuccessOnceInItsOwnTransactionAndEveryOtherOutcomeAfterIt() {
        String clerk = TestTokens.user("clerk.owned", "HU-VINHLINH", "issuer");
        String key = java.util.UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) { // the first answer, then its replay
            given().auth().oauth2(clerk).header("Idempotency-Key", key).contentType(ContentType.JSON)
                    .body("{\"id\": 311, \"name\": \"Chi bộ 311\"}").when().post("/api/v1/owned-items")
                    .then().statusCode(201).header("Location", org.hamcrest.Matchers.endsWith("/api/v1/items/versioned/311"));
        }
        given().auth().oauth2(clerk).contentType(ContentType.JSON).body("{\"id\": 312, \"name\": \"Chi bộ 312\"}")
                .when().post("/api/v1/owned-items").then().statusCode(201);
        given().auth().oauth2(clerk).header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .contentType(ContentType.JSON).body("{\"id\": 313, \"name\": \"Quảng Trị cũ\"}")
                .when().post("/api/v1/owned-items").then().statusCode(422);
        given().auth().oauth2(clerk).contentType(ContentType.JSON).body("{\"id\": 311, \"name\": \"Chi bộ 311\"}")
                .when().post("/api/v1/owned-items").then().statusCode(409);

        String admin = TestTokens.user("admin", "BCHTW", "admin");
        given().auth().oauth2(admin).queryParam("actor", "clerk.owned")
                .when().get("/api/v1/admin/test/audit").then().statusCode(200)
                .body("total", equalTo(5))
                .body("items.status", contains(409, 422, 201, 201, 201))
                .body("items.method", everyItem(equalTo("POST")))
                .body("items.path", everyItem(equalTo("/api/v1/owned-items")))
                .body("items.organizationCode", everyItem(equalTo("HU-VINHLINH")))
                .body("items.client", everyItem(equalTo("cascade-test")))
                .body("items[4].location", org.hamcrest.Matchers.endsWith("/api/v1/items/versioned/311"))
                .body("items[3].location", org.hamcrest.Matchers.endsWith("/api/v1/items/versioned/311"))
                .body("items[2].location", org.hamcrest.Matchers.endsWith("/api/v1/items/versioned/312"))
                .body("items[1].location", org.hamcrest.Matchers.nullValue());
        given().auth().oauth2(admin).when().get("/api/v1/items/by-name/{name}", "Quảng Trị cũ").then().body(equalTo("0"));
    }

    private double unauthenticatedPuts() {
        Counter counter = meters.find("cascade.audit.unauthenticated").tag("method", "PUT").counter();
        return counter == null ? 0 : counter.count();
    }
}
