package vn.cascade.common.mechanics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProblemResponseTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    EntityManager entityManager;

    @Test
    void shouldAnswerMalformedJsonWithAProblemAndWriteNothing() {
        given().contentType(ContentType.JSON).body("{\"id\": 101, \"name\": ")
                .when().post("/api/v1/items")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", endsWith("/malformed-json"))
                .body("status", equalTo(400))
                .body("instance", equalTo("/api/v1/items"));
        assertEquals(0, items(101));
    }

    @Test
    void shouldAnswerADomainRefusalWithItsProblemAndRollBackTheWrite() {
        given().contentType(ContentType.JSON).body("{\"id\": 102, \"name\": \"Quảng Trị cũ\"}")
                .when().post("/api/v1/items")
                .then().statusCode(422).contentType(PROBLEM)
                .body("type", endsWith("/unprocessable"))
                .body("detail", equalTo("The item cannot be created as it stands"))
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", containsString("no longer exists"));
        assertEquals(0, items(102));
    }

    /** Found by the fault suite on the stack (StackFaultsIT): a write in flight when the connection ended was a 500. */
    @Test
    void shouldAnswerARequestWhoseConnectionTheDatabaseEndedWithARetryable503() {
        given().when().post("/api/v1/items/connection-lost")
                .then().statusCode(503).contentType(PROBLEM)
                .header("Retry-After", "1")
                .body("type", endsWith("/unavailable"))
                .body("status", equalTo(503));
        given().when().get("/api/v1/items").then().statusCode(200);
    }

    @Test
    void shouldListEveryInvalidField() {
        given().contentType(ContentType.JSON).body("{\"id\": -1, \"name\": \"\", \"tags\": [\"ok\", \" \"]}")
                .when().post("/api/v1/items")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", endsWith("/validation"))
                .body("errors.field", containsInAnyOrder("id", "name", "tags[1]"));
        assertEquals(0, items(-1));
    }

    @Test
    void shouldRejectAnUnknownField() {
        given().header("Accept-Language", "en").contentType(ContentType.JSON)
                .body("{\"id\": 102, \"name\": \"a\", \"colour\": \"RED\", \"size\": 3}")
                .when().post("/api/v1/items")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("size"))
                .body("errors[0].message", equalTo("unknown field"));
        assertEquals(0, items(102));
    }

    @Test
    void shouldRejectAnUnknownEnumValueNamingTheAllowedOnes() {
        given().contentType(ContentType.JSON).body("{\"id\": 103, \"name\": \"a\", \"colour\": \"BLUE\"}")
                .when().post("/api/v1/items")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("colour"))
                .body("errors[0].message", containsString("RED"));
        assertEquals(0, items(103));
    }

    @Test
    void shouldRejectAValueOfTheWrongType() {
        given().contentType(ContentType.JSON).body("{\"id\": \"abc\", \"name\": \"a\"}")
                .when().post("/api/v1/items")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("id"));
    }

    @Test
    void shouldRejectAMissingBody() {
        given().contentType(ContentType.JSON)
                .when().post("/api/v1/items")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void shouldAnswerAnUnknownEnumInTheQueryWithABadRequest() {
        given().queryParam("colour", "BLUE")
                .when().get("/api/v1/items")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", endsWith("/validation"))
                .body("errors[0].field", equalTo("colour"))
                .body("errors[0].message", containsString("BLUE"));
        given().queryParam("colour", "red").when().get("/api/v1/items").then().statusCode(200);
        for (String[] bad : new String[][] {{"since", "1/1/2025"}, {"owner", "47-KH/TU"}, {"year", "năm 2025"},
                {"active", "yes"}}) {
            given().queryParam(bad[0], bad[1]).when().get("/api/v1/items")
                    .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo(bad[0]));
        }
        given().queryParam("since", "2025-01-01").queryParam("year", 2025).queryParam("active", "false")
                .when().get("/api/v1/items").then().statusCode(200);
    }

    @Test
    void shouldAnswerAnUnknownPathWithAProblem() {
        given().when().get("/api/v1/nothing-here")
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", endsWith("/not-found"));
    }

    @Test
    void shouldAcceptAValidItem() {
        given().contentType(ContentType.JSON).body("{\"id\": 104, \"name\": \"Chi bộ 1\", \"colour\": \"GREEN\"}")
                .when().post("/api/v1/items")
                .then().statusCode(204);
        assertEquals(1, items(104));
    }

    @Test
    void shouldWordProblemsInVietnameseWithoutAHeaderAndWithVi() {
        for (RequestSpecification vietnamese : new RequestSpecification[] {given(),
                given().header("Accept-Language", "vi"), given().header("Accept-Language", "vi-VN, en;q=0.8")}) {
            vietnamese.contentType(ContentType.JSON).body("{\"id\": 105, \"name\": \"\", \"size\": 1}")
                    .when().post("/api/v1/items")
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("type", endsWith("/validation"))
                    .body("title", equalTo("Yêu cầu không hợp lệ"))
                    .body("detail", equalTo("Yêu cầu không hợp lệ"))
                    .body("errors[0].message", equalTo("trường không được chấp nhận"));
        }
        given().contentType(ContentType.JSON).body("{\"id\": 105, \"name\": \"\"}")
                .when().post("/api/v1/items")
                .then().statusCode(400)
                .body("title", equalTo("Yêu cầu không hợp lệ"))
                .body("detail", equalTo("Có 1 trường không hợp lệ"))
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", equalTo("không được để trống"));
        given().when().get("/api/v1/nothing-here")
                .then().statusCode(404).body("title", equalTo("Không tìm thấy"))
                .body("detail", equalTo("Không có tài nguyên tại địa chỉ này"));
        assertEquals(0, items(105));
    }

    @Test
    void shouldWordProblemsInEnglishWithEn() {
        given().header("Accept-Language", "en-GB, vi;q=0.5").contentType(ContentType.JSON)
                .body("{\"id\": 106, \"name\": \"\"}")
                .when().post("/api/v1/items")
                .then().statusCode(400).contentType(PROBLEM)
                .body("title", equalTo("Invalid request"))
                .body("detail", equalTo("1 field(s) are invalid"))
                .body("errors[0].message", equalTo("must not be blank"));
        given().header("Accept-Language", "en").contentType(ContentType.JSON).body("{\"id\": 102, \"name\": ")
                .when().post("/api/v1/items")
                .then().statusCode(400).body("title", equalTo("Malformed JSON"))
                .body("detail", startsWith("The body is not valid JSON"));
        assertEquals(0, items(106));
    }

    private long items(long id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM test_item WHERE id = ?1")
                .setParameter(1, id).getSingleResult()).longValue());
    }
}
