package vn.cascade.common.mechanics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyTest {

    @Inject
    EntityManager entityManager;

    @Test
    void shouldApplyARetriedPostOnceAndReplayItsResponse() {
        String key = UUID.randomUUID().toString();
        post(key, "{\"id\": 201, \"name\": \"Chi bộ 1\"}").statusCode(204);
        post(key, "{\"id\": 201, \"name\": \"Chi bộ 1\"}").statusCode(204).header("Idempotency-Replayed", equalTo("true"));
        assertEquals(1, items(201));
    }

    @Test
    void shouldRefuseTheSameKeyForAnotherRequest() {
        String key = UUID.randomUUID().toString();
        post(key, "{\"id\": 202, \"name\": \"Chi bộ 2\"}").statusCode(204);
        post(key, "{\"id\": 203, \"name\": \"Chi bộ 3\"}").statusCode(422).body("type", endsWith("/unprocessable"));
        assertEquals(0, items(203));
    }

    @Test
    void shouldLetAFailedRequestBeRetriedWithItsKey() {
        String key = UUID.randomUUID().toString();
        post(UUID.randomUUID().toString(), "{\"id\": 204, \"name\": \"Chi bộ 4\"}").statusCode(204);
        // The row exists: the insert fails, the transaction rolls back, and the key with it.
        post(key, "{\"id\": 204, \"name\": \"Chi bộ 4\"}").statusCode(409);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("DELETE FROM test_item WHERE id = 204").executeUpdate());
        post(key, "{\"id\": 204, \"name\": \"Chi bộ 4\"}").statusCode(204);
        assertEquals(1, items(204));
    }

    @Test
    void shouldApplyConcurrentRetriesOnce() {
        String key = UUID.randomUUID().toString();
        var attempts = java.util.stream.IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> post(key, "{\"id\": 205, \"name\": \"Chi bộ 5\"}")
                        .extract().statusCode()))
                .toList();
        attempts.forEach(attempt -> assertEquals(204, attempt.join()));
        assertEquals(1, items(205));
    }

    private static io.restassured.response.ValidatableResponse post(String key, String body) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/items").then();
    }

    private long items(long id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM test_item WHERE id = ?1")
                .setParameter(1, id).getSingleResult()).longValue());
    }
}
