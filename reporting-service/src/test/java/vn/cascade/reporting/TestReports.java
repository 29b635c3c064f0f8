package vn.cascade.reporting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import vn.cascade.common.testing.TestTokens;
import vn.cascade.reporting.TestOrganizations.Org;

/** Reports written, submitted and accepted through the API, as their reporters and reviewers do it. */
public final class TestReports {

    private TestReports() {
    }

    /**
     * The organisation's report of the period, drafted and submitted by {@code reporter} (its own, or its
     * successor's): the report id.
     */
    public static String submitted(Org organization, String reporter, int year, String periodKind,
            Map<String, Integer> indicators) {
        String obligationId = given().auth().oauth2(reporter).queryParam("organization", organization.code())
                .queryParam("year", year)
                .queryParam("periodKind", periodKind).when().get("/api/v1/obligations").then().statusCode(200)
                .body("total", equalTo(1)).extract().path("items[0].id");
        Map<String, Object> body = new HashMap<>();
        body.put("obligationId", obligationId);
        body.put("indicators", indicators);
        body.put("narrative", Map.of("results", "Báo cáo kết quả năm " + year + " của " + organization.name()));
        String id = given().auth().oauth2(reporter).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/reports").then().statusCode(201).extract().path("id");
        given().auth().oauth2(reporter).contentType(ContentType.JSON).body(Map.of("version", 0))
                .when().post("/api/v1/reports/{id}/submit", id).then().statusCode(200);
        return id;
    }

    /** A reviewer of the recipient accepts the submitted report. */
    public static void accept(String reportId, Org recipient) {
        given().auth().oauth2(TestTokens.user("reviewer-" + recipient.code(), recipient.code(), "reviewer"))
                .contentType(ContentType.JSON).body(Map.of("version", 1))
                .when().post("/api/v1/reports/{id}/accept", reportId).then().statusCode(200);
    }

    /** A token of a reporter of the organisation. */
    public static String reporter(Org organization) {
        return TestTokens.user("reporter-" + organization.code(), organization.code(), "reporter");
    }
}
