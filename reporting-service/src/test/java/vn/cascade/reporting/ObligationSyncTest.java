package vn.cascade.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static vn.cascade.reporting.TestPlans.organization;
import static vn.cascade.reporting.TestPlans.plan;
import static vn.cascade.reporting.TestPlans.requirement;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.cascade.common.events.PlanSnapshot;
import vn.cascade.common.events.PlanSnapshot.OrganizationRef;
import vn.cascade.common.testing.TestTokens;

/** What a mobile app keeps offline: the obligations changed since it last synchronised, and single reads by ETag. */
@QuarkusTest
class ObligationSyncTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    TestPlans plans;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldListExactlyWhatChangedSinceATimeCancelledObligationsIncluded() {
        // given two plans issued at t0 to the same city, each owing four reports of one district
        OrganizationRef city = organization("TU");
        OrganizationRef kept = organization("QU");
        OrganizationRef dropped = organization("HU");
        Instant t0 = Instant.parse("2031-03-01T01:00:00Z");
        clock.set(t0);
        UUID keptPlan = UUID.randomUUID();
        UUID revokedPlan = UUID.randomUUID();
        String first = plans.send(PlanSnapshot.ISSUED, plan(keptPlan, 1, "ISSUED", city, List.of(requirement(
                UUID.randomUUID(), List.of(kept), city, null, TestPlans.SEED_04, List.of(2031), 5, 7))));
        String second = plans.send(PlanSnapshot.ISSUED, plan(revokedPlan, 1, "ISSUED", city, List.of(requirement(
                UUID.randomUUID(), List.of(dropped), city, null, TestPlans.SEED_04, List.of(2031), 5, 7))));
        await().atMost(WAIT).until(() -> plans.applied(first) && plans.applied(second));

        // when an hour later the second plan is revoked
        Instant t1 = t0.plus(Duration.ofHours(1));
        clock.set(t1);
        String revoked = plans.send(PlanSnapshot.REVOKED, plan(revokedPlan, 2, "REVOKED", city, List.of()));
        await().atMost(WAIT).until(() -> plans.applied(revoked));

        // then the city's reviewer asking for what changed since t1 gets exactly the four cancelled obligations
        String reviewer = TestTokens.user("rv.sync", city.code(), "reviewer");
        given().auth().oauth2(reviewer).queryParam("recipient", city.code())
                .queryParam("updatedSince", "2031-03-01T09:00:00+07:00")
                .when().get("/api/v1/obligations").then().statusCode(200)
                .body("total", equalTo(4)).body("items", hasSize(4))
                .body("items.planId", everyItem(equalTo(revokedPlan.toString())))
                .body("items.status", everyItem(equalTo("CANCELLED")));
        // since t0 all eight, paged with links; after t1 nothing
        given().auth().oauth2(reviewer).queryParam("recipient", city.code()).queryParam("updatedSince", t0.toString())
                .queryParam("size", 5)
                .when().get("/api/v1/obligations").then().statusCode(200)
                .body("total", equalTo(8)).body("items", hasSize(5))
                .header("Link", matchesPattern(".*<\\?[^>]*page=1&size=5>; rel=\"next\".*"));
        given().auth().oauth2(reviewer).queryParam("recipient", city.code())
                .queryParam("updatedSince", t1.plusMillis(1).toString())
                .when().get("/api/v1/obligations").then().statusCode(200).body("total", equalTo(0));
        // and a time that is not ISO-8601 is a 400 naming the parameter, in Vietnamese by default
        given().auth().oauth2(reviewer).queryParam("updatedSince", "hôm qua")
                .when().get("/api/v1/obligations").then().statusCode(400)
                .body("title", equalTo("Yêu cầu không hợp lệ"))
                .body("errors[0].field", equalTo("updatedSince"))
                .body("errors[0].message", startsWith("invalid value"));

        // a single obligation carries an ETag; revalidating with it is a 304
        String id = plans.obligations(keptPlan).getFirst().id.toString();
        String reporter = TestTokens.user("rp.sync", kept.code(), "reporter");
        String tag = given().auth().oauth2(reporter).when().get("/api/v1/obligations/" + id)
                .then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(reporter).header("If-None-Match", tag).when().get("/api/v1/obligations/" + id)
                .then().statusCode(304);
    }
}
