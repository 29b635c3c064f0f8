package vn.cascade.common.time;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.cascade.common.testing.TestTokens;

/** Without cascade.clock.adjustable (production): the clock is the system's and cannot be moved. */
@QuarkusTest
class FixedClockTest {

    @Inject
    Clock clock;

    @Test
    void shouldAnswer404WhenTheClockIsNotAdjustable() {
        String admin = TestTokens.user("admin", "BCHTW", "admin");

        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"instant\": \"2031-01-01T00:00:00Z\"}")
                .when().put("/api/v1/admin/test/clock")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://cascade.vn/problems/not-found"));
        given().auth().oauth2(admin).when().get("/api/v1/admin/test/clock").then().statusCode(404);
        given().auth().oauth2(admin).when().delete("/api/v1/admin/test/clock").then().statusCode(404);

        assertTrue(Duration.between(Instant.now(), clock.instant()).abs().toSeconds() < 5,
                "the service's clock stays the system's");
    }

    @Test
    void shouldRefuseTheClockToOthersThanAdministrators() {
        given().auth().oauth2(TestTokens.user("reviewer.tu-quangtri", "TU-QUANGTRI", "reviewer"))
                .when().get("/api/v1/admin/test/clock").then().statusCode(403);
        given().when().get("/api/v1/admin/test/clock").then().statusCode(401);
    }
}
