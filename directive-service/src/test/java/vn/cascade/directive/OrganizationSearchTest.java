package vn.cascade.directive;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static vn.cascade.directive.OrganizationFixtures.ORGANIZATIONS;
import static vn.cascade.directive.OrganizationFixtures.create;
import static vn.cascade.directive.OrganizationFixtures.reader;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganizationSearchTest {

    @Test
    void shouldFindACodeWhosePartsLookLikeANumber() {
        // "8e3…" reads as scientific notation to PostgreSQL's text-search parser; "1234…" as an integer
        for (String code : List.of("TU-QUANGTRI-8E3A7670", "HU-VINHLINH-12E45678", "DU-XA-1234ABCD")) {
            String id = create(code, "Đảng ủy thử nghiệm", "PROVINCIAL", null, null).getString("id");

            given().auth().oauth2(reader()).queryParam("q", code.toLowerCase()).queryParam("size", 200)
                    .when().get(ORGANIZATIONS)
                    .then().statusCode(200).body("items.id", hasItem(id));
        }
    }
}
