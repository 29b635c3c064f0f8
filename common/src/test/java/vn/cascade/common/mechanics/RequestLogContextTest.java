package vn.cascade.common.mechanics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RequestLogContextTest {

    @Test
    void shouldKeepTheCallersRequestIdAndSendItBack() {
        given().header("X-Request-Id", "portal-7f3a.42").when().get("/api/v1/items")
                .then().statusCode(200).header("X-Request-Id", equalTo("portal-7f3a.42"));
    }

    @Test
    void shouldMakeARequestIdWhenTheCallerSendsNoneOrOneThatCouldForgeLogLines() {
        given().when().get("/api/v1/items")
                .then().statusCode(200).header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        given().header("X-Request-Id", "x\" level=ERROR msg=forged").when().get("/api/v1/items")
                .then().statusCode(200).header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }
}
