package vn.cascade.common.time;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.cascade.common.testing.TestTokens;

/** With cascade.clock.adjustable=true (local stack, system tests): administrators move the service's clock. */
@QuarkusTest
@TestProfile(AdjustableClockTest.Adjustable.class)
class AdjustableClockTest {

    public static class Adjustable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cascade.clock.adjustable", "true");
        }
    }

    private static final String ADMIN = TestTokens.user("admin", "BCHTW", "admin");

    @Inject
    Clock clock;

    @AfterEach
    void resetClock() {
        given().auth().oauth2(ADMIN).when().delete("/api/v1/admin/test/clock").then().statusCode(200);
    }

    @Test
    void shouldMoveTheServicesClockAndLetItTickOnFromThere() throws InterruptedException {
        Instant target = Instant.parse("2031-03-30T01:00:00Z");

        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{\"instant\": \"2031-03-30T01:00:00Z\"}")
                .when().put("/api/v1/admin/test/clock")
                .then().statusCode(200)
                .body("instant", startsWith("2031-03-30T01:00:0"));

        Instant read = clock.instant();
        assertTrue(!read.isBefore(target) && read.isBefore(target.plusSeconds(5)), "the injected Clock reads " + read);
        assertEquals(LocalDate.of(2031, 3, 30), LocalDate.now(clock.withZone(ZoneId.of("Asia/Ho_Chi_Minh"))));
        Thread.sleep(20);
        assertTrue(clock.instant().isAfter(read), "the moved clock keeps ticking");

        long offset = given().auth().oauth2(ADMIN).when().get("/api/v1/admin/test/clock")
                .then().statusCode(200).body("instant", startsWith("2031-03-30T01:00:0"))
                .extract().jsonPath().getLong("offsetSeconds");
        assertTrue(Math.abs(offset - Duration.between(Instant.now(), target).toSeconds()) < 5, "offset " + offset);
    }

    @Test
    void shouldPutTheClockBackToTheSystemsTime() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{\"instant\": \"2020-01-01T00:00:00Z\"}")
                .when().put("/api/v1/admin/test/clock").then().statusCode(200);
        assertEquals(2020, LocalDate.now(clock).getYear());

        given().auth().oauth2(ADMIN).when().delete("/api/v1/admin/test/clock")
                .then().statusCode(200).body("offsetSeconds", equalTo(0));
        assertTrue(Duration.between(Instant.now(), clock.instant()).abs().toSeconds() < 5);
    }

    @Test
    void shouldLetOnlyAdministratorsMoveTheClock() {
        given().auth().oauth2(TestTokens.user("issuer.bct", "BCT", "issuer")).contentType(ContentType.JSON)
                .body("{\"instant\": \"2031-03-30T01:00:00Z\"}")
                .when().put("/api/v1/admin/test/clock").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"instant\": \"2031-03-30T01:00:00Z\"}")
                .when().put("/api/v1/admin/test/clock").then().statusCode(401);
        assertTrue(Duration.between(Instant.now(), clock.instant()).abs().toSeconds() < 5, "not moved");
    }

    @Test
    void shouldRejectAMoveWithoutAValidInstant() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{}")
                .when().put("/api/v1/admin/test/clock")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("instant"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{\"instant\": \"30/3/2031\"}")
                .when().put("/api/v1/admin/test/clock")
                .then().statusCode(400).contentType("application/problem+json");
        assertTrue(Duration.between(Instant.now(), clock.instant()).abs().toSeconds() < 5, "not moved");
    }
}
