package vn.cascade.common.mechanics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthTest {

    @Test
    void shouldBeReadyOnItsDatabaseAloneAndReportTheBrokerInTheMessagingGroup() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem(containsString("Database")))
                .body("checks.name", not(hasItem(containsString("Kafka"))));
        given().when().get("/q/health/group/messaging").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Kafka broker"))
                .body("checks.name", hasItem("Messaging workers"));
    }

    @Test
    void shouldBeAliveWhileTheRelayAndTheConsumerRun() {
        given().when().get("/q/health/live").then().statusCode(200)
                .body("checks.find { it.name == 'Messaging workers' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Messaging workers' }.data.'outbox-relay'", equalTo("running"))
                .body("checks.find { it.name == 'Messaging workers' }.data.'event-consumer'", equalTo("running"));
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("cascade_messaging_worker_alive{worker=\"outbox-relay\"} 1.0"))
                .body(containsString("cascade_messaging_worker_alive{worker=\"event-consumer\"} 1.0"));
    }
}
