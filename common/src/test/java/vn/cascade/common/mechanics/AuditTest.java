package vn.cascade.common.mechanics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.cascade.common.testing.TestTokens;

@QuarkusTest
class AuditTest {

    @Test
    void shouldRecordWhoChangedWhatAndFromWhichClient() {
        String clerk = TestTokens.user("clerk.hu-vinhlinh", "HU-VINHLINH", "issuer");
        given().auth().oauth2(clerk).contentType(ContentType.JSON).body("{\"id\": 301, \"name\": \"Chi bộ 301\"}")
                .when().post("/api/v1/items").then().statusCode(204);
        given().auth().oauth2(clerk).contentType(ContentType.JSON).body("{\"id\": -1, \"name\": \"\"}")
                .when().post("/api/v1/items").then().statusCode(400);

        String admin = TestTokens.user("admin", "BCHTW", "admin");
        given().auth().oauth2(admin).queryParam("actor", "clerk.hu-vinhlinh")
                .when().get("/api/v1/audit").then().statusCode(200)
                .body("size()", equalTo(2))
                .body("status", org.hamcrest.Matchers.contains(400, 204))
                .body("[1].method", equalTo("POST"))
                .body("[1].path", equalTo("/api/v1/items"))
                .body("[1].organizationCode", equalTo("HU-VINHLINH"))
                .body("[1].client", equalTo("cascade-test"));
        given().auth().oauth2(admin).queryParam("pathPrefix", "/api/v1/plans")
                .when().get("/api/v1/audit").then().statusCode(200).body("size()", equalTo(0));
        given().auth().oauth2(admin).queryParam("pathPrefix", "/api/v1/items")
                .when().get("/api/v1/audit").then().statusCode(200).body("size()", equalTo(2));
        given().auth().oauth2(clerk).when().get("/api/v1/audit").then().statusCode(403);
        given().when().get("/api/v1/audit").then().statusCode(401);
    }
}
