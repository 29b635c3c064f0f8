package vn.cascade.common.mechanics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConditionalRequestTest {

    @Inject
    EntityManager entityManager;

    @Test
    void shouldAnswerNotModifiedToTheCurrentEntityTagAndTheItemToAnOlderOne() throws Exception {
        insert(401, "Chi bộ 1");
        var first = given().when().get("/api/v1/items/versioned/401")
                .then().statusCode(200).header("ETag", matchesPattern("\"0\\.[0-9a-f]{16}\""))
                .contentType(ContentType.JSON).body("name", equalTo("Chi bộ 1"))
                .extract();
        String tag = first.header("ETag");
        // the tag is the digest of the very bytes sent
        assertEquals(tag, "\"0." + HexFormat.of().formatHex(sha256(first.asByteArray()), 0, 8) + "\"");

        given().header("If-None-Match", tag).when().get("/api/v1/items/versioned/401")
                .then().statusCode(304).header("ETag", equalTo(tag)).body(emptyOrNullString());
        given().header("If-None-Match", "W/" + tag + ", \"9.0\"").when().get("/api/v1/items/versioned/401")
                .then().statusCode(304);

        given().contentType(ContentType.JSON).body("{\"name\": \"Chi bộ 2\", \"version\": 0}")
                .when().put("/api/v1/items/versioned/401").then().statusCode(200)
                .header("ETag", not(equalTo(tag)));
        given().header("If-None-Match", tag).when().get("/api/v1/items/versioned/401")
                .then().statusCode(200).body("name", equalTo("Chi bộ 2")).body("version", equalTo(1));
    }

    @Test
    void shouldTakeIfMatchInPlaceOfTheBodyVersionAndRefuseAStaleOneWith412ChangingNothing() {
        insert(402, "Chi bộ 1");
        String tag = given().when().get("/api/v1/items/versioned/402").then().statusCode(200).extract().header("ETag");

        // the current tag and no version in the body: the change is made
        given().header("If-Match", tag).contentType(ContentType.JSON).body("{\"name\": \"Chi bộ 2\"}")
                .when().put("/api/v1/items/versioned/402").then().statusCode(200).body("version", equalTo(1));

        // the same tag again is stale now: 412, in Vietnamese by default, and nothing changes
        given().header("If-Match", tag).contentType(ContentType.JSON).body("{\"name\": \"Chi bộ 3\"}")
                .when().put("/api/v1/items/versioned/402")
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", endsWith("/precondition-failed"))
                .body("title", equalTo("Điều kiện tiên quyết không thỏa mãn"))
                .body("detail", equalTo("Dữ liệu đang ở phiên bản 1, không phải phiên bản 0; hãy tải lại rồi thực hiện lại"));
        assertEquals("Chi bộ 2", name(402));
        assertEquals(1L, version(402));

        // a weak tag, garbage, or a tag contradicting the body version: 412 as well, nothing changes
        for (String bad : new String[] {"W/" + tag, "abc", "\"1\", \"2\""}) {
            given().header("If-Match", bad).header("Accept-Language", "en").contentType(ContentType.JSON)
                    .body("{\"name\": \"Chi bộ 4\"}")
                    .when().put("/api/v1/items/versioned/402")
                    .then().statusCode(412).body("title", equalTo("Precondition failed"));
        }
        given().header("If-Match", "\"1\"").contentType(ContentType.JSON).body("{\"name\": \"Chi bộ 4\", \"version\": 0}")
                .when().put("/api/v1/items/versioned/402").then().statusCode(412);
        assertEquals("Chi bộ 2", name(402));

        // without If-Match a stale body version stays the 409 it always was
        given().contentType(ContentType.JSON).body("{\"name\": \"Chi bộ 4\", \"version\": 0}")
                .when().put("/api/v1/items/versioned/402").then().statusCode(409)
                .body("type", endsWith("/stale-version"));
        assertEquals(1L, version(402));
    }

    @Test
    void shouldLinkTheNeighbouringPages() {
        for (int id = 411; id <= 415; id++) {
            insert(id, "Chi bộ " + id);
        }
        long total = count();
        long last = (total - 1) / 2;
        String links = given().queryParam("page", 1).queryParam("size", 2).queryParam("colour", "RED")
                .when().get("/api/v1/items/list").then().statusCode(200).extract().header("Link");
        java.util.Map<String, String> byRelation = new java.util.HashMap<>();
        for (String link : links.split(", ")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("<\\?([^>]*)>; rel=\"(\\w+)\"").matcher(link);
            org.junit.jupiter.api.Assertions.assertTrue(m.matches(), link);
            byRelation.put(m.group(2), m.group(1));
        }
        assertEquals(java.util.Set.of("first", "prev", "next", "last"), byRelation.keySet());
        byRelation.values().forEach(query -> org.junit.jupiter.api.Assertions.assertTrue(
                query.contains("colour=RED") && query.contains("size=2"), query));
        assertEquals(java.util.List.of("page=0", "page=0", "page=2", "page=" + last),
                java.util.stream.Stream.of("first", "prev", "next", "last")
                        .map(relation -> byRelation.get(relation).replaceAll(".*(page=\\d+).*", "$1")).toList());
        String lastPage = given().queryParam("page", last).queryParam("size", 2)
                .when().get("/api/v1/items/list").then().statusCode(200).extract().header("Link");
        org.junit.jupiter.api.Assertions.assertFalse(lastPage.contains("rel=\"next\""), lastPage);
    }

    private void insert(long id, String name) {
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("INSERT INTO test_item (id, name) VALUES (?1, ?2)")
                .setParameter(1, id).setParameter(2, name).executeUpdate());
    }

    private String name(long id) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("SELECT name FROM test_item WHERE id = ?1").setParameter(1, id).getSingleResult());
    }

    private long version(long id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT version FROM test_item WHERE id = ?1").setParameter(1, id)
                .getSingleResult()).longValue());
    }

    private long count() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("SELECT count(*) FROM test_item").getSingleResult()).longValue());
    }

    private static byte[] sha256(byte[] content) throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256").digest(content);
    }
}
