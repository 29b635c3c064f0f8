package vn.cascade.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.events.PlanBasisChange;
import vn.cascade.common.events.PlanSnapshot;
import vn.cascade.common.events.Topics;
import vn.cascade.common.testing.KafkaProbe;
import vn.cascade.common.testing.TestTokens;
import vn.cascade.plan.Fixtures.Org;

/**
 * Issue 19, lifecycle with consequences: a plan replaced or amended by a later one changes status, completing and
 * every other change is announced, and the plans resting on a changed document — directly or through others — are
 * listed in the answer and told.
 */
@QuarkusTest
class PlanLifecycleTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final LocalDate NQ21_DATE = LocalDate.of(2022, 6, 16);

    @Inject
    Fixtures fixtures;

    @Inject
    ObjectMapper objectMapper;

    /** A province's programme, a district's plan resting on it and a commune's plan resting on the district's. */
    private record Chain(Org province, Org district, Org commune, String directive, String provinceSymbol,
            String provincePlan, String districtPlan, String communePlan) {
    }

    private Chain chain() {
        Org centre = fixtures.organization("BCHTW", "Ban Chấp hành Trung ương Đảng", OrganizationLevel.CENTRAL, null);
        Org province = fixtures.organization("TU-QUANGTRI", "Tỉnh ủy Quảng Trị", OrganizationLevel.PROVINCIAL, centre);
        Org district = fixtures.organization("HU-VINHLINH", "Huyện ủy Vĩnh Linh", OrganizationLevel.DISTRICT, province);
        Org commune = fixtures.organization("DU-VINHTU", "Đảng ủy xã Vĩnh Tú", OrganizationLevel.GRASSROOTS, district);
        String directive = fixtures.directive("NQ", centre, NQ21_DATE, "PUBLISHED", List.of());
        String provinceSymbol = symbol("CTr", "TU");
        String provincePlan = issue(province, plan(provinceSymbol, province, LocalDate.of(2022, 12, 2), directive));
        String districtSymbol = symbol("KH", "HU");
        Map<String, Object> districtBody = plan(districtSymbol, district, LocalDate.of(2023, 1, 9), directive);
        districtBody.put("basedOn", List.of(Map.of("symbol", provinceSymbol)));
        String districtPlan = issue(district, districtBody);
        Map<String, Object> communeBody = plan(symbol("KH", "ĐU"), commune, LocalDate.of(2023, 2, 1), directive);
        communeBody.put("basedOn", List.of(Map.of("symbol", districtSymbol)));
        String communePlan = issue(commune, communeBody);
        return new Chain(province, district, commune, directive, provinceSymbol, provincePlan, districtPlan, communePlan);
    }

    @Test
    void shouldReadAnIssuedPlanAtTheVersionItsIssueAnswered() {
        Org centre = fixtures.organization("BCHTW", "Ban Chấp hành Trung ương Đảng", OrganizationLevel.CENTRAL, null);
        Org province = fixtures.organization("TU-QUANGTRI", "Tỉnh ủy Quảng Trị", OrganizationLevel.PROVINCIAL, centre);
        Org district = fixtures.organization("HU-VINHLINH", "Huyện ủy Vĩnh Linh", OrganizationLevel.DISTRICT, province);
        String directive = fixtures.directive("NQ", centre, NQ21_DATE, "PUBLISHED", List.of());
        String provinceSymbol = symbol("CTr", "TU");
        issue(province, plan(provinceSymbol, province, LocalDate.of(2022, 12, 2), directive));
        Map<String, Object> body = plan(symbol("KH", "HU"), district, LocalDate.of(2023, 1, 9), directive);
        body.put("basedOn", List.of(Map.of("symbol", provinceSymbol)));
        String draft = draft(district, body);
        int answered = given().auth().oauth2(issuer(district)).contentType(ContentType.JSON)
                .body(Map.of("version", 0)).when().post("/api/v1/plans/{id}/issue", draft).then().statusCode(200)
                .extract().path("version");
        given().auth().oauth2(reader(district)).when().get("/api/v1/plans/{id}", draft).then().statusCode(200)
                .body("version", equalTo(answered));
        // A plan resting on it changes nothing of it: its version stays.
        Org commune = fixtures.organization("DU-VINHTU", "Đảng ủy xã Vĩnh Tú", OrganizationLevel.GRASSROOTS, district);
        Map<String, Object> communeBody = plan(symbol("KH", "ĐU"), commune, LocalDate.of(2023, 2, 1), directive);
        communeBody.put("basedOn", List.of(Map.of("symbol", body.get("symbol"))));
        issue(commune, communeBody);
        given().auth().oauth2(reader(district)).when().get("/api/v1/plans/{id}", draft).then().statusCode(200)
                .body("version", equalTo(answered));
    }

    @Test
    void shouldReplaceAPlanAndTellEveryPlanRestingOnItTransitively() throws IOException {
        Chain chain = chain();
        given().auth().oauth2(reader(chain.province())).when().get("/api/v1/plans/{id}/dependents", chain.provincePlan())
                .then().statusCode(200)
                .body("planId", contains(chain.districtPlan(), chain.communePlan()))
                .body("depth", contains(1, 2))
                .body("[1].restsOnSymbol", equalTo(given().auth().oauth2(reader(chain.province()))
                        .when().get("/api/v1/plans/{id}", chain.districtPlan()).then().extract().path("symbol")));

        String replacementSymbol = symbol("CTr", "TU");
        Map<String, Object> replacement = plan(replacementSymbol, chain.province(), LocalDate.of(2023, 6, 1),
                chain.directive());
        replacement.put("basedOn", List.of(Map.of("kind", "REPLACES", "symbol", chain.provinceSymbol())));
        String draft = draft(chain.province(), replacement);
        String replacing = given().auth().oauth2(issuer(chain.province())).contentType(ContentType.JSON)
                .body(Map.of("version", 0)).when().post("/api/v1/plans/{id}/issue", draft).then().statusCode(200)
                .body("status", equalTo("ISSUED"))
                .body("parentPlanId", nullValue())
                .body("consequences.superseded", hasSize(1))
                .body("consequences.superseded[0].planId", equalTo(chain.provincePlan()))
                .body("consequences.superseded[0].kind", equalTo("REPLACES"))
                .body("consequences.superseded[0].status", equalTo("REPLACED"))
                .body("consequences.superseded[0].dependents.planId", contains(chain.districtPlan(), chain.communePlan()))
                .body("consequences.dependents", empty())
                .extract().path("id");

        given().auth().oauth2(reader(chain.commune())).when().get("/api/v1/plans/{id}", chain.provincePlan())
                .then().statusCode(200)
                .body("status", equalTo("REPLACED"))
                .body("replacedBy.symbol", equalTo(replacementSymbol))
                .body("replacedBy.documentId", equalTo(replacing))
                .body("statusReason", equalTo("Được thay thế bởi " + replacementSymbol))
                .body("consequences", nullValue());
        given().auth().oauth2(reader(chain.province())).when().get("/api/v1/plans/{id}/history", chain.provincePlan())
                .then().statusCode(200).body("status", contains("ISSUED", "REPLACED"));
        // A plan replaced is no longer an answer to build on: the district's own plan still rests on it, but is told.
        List<CloudEvent> events = eventsIncluding(chain.provincePlan(), PlanSnapshot.REPLACED,
                chain.districtPlan(), PlanBasisChange.TYPE, chain.communePlan(), PlanBasisChange.TYPE);
        CloudEvent replaced = only(events, chain.provincePlan(), PlanSnapshot.REPLACED);
        PlanSnapshot replacedPlan = objectMapper.readValue(replaced.getData().toBytes(), PlanSnapshot.class);
        assertEquals("REPLACED", replacedPlan.status());
        assertEquals(replacing, replacedPlan.replacedBy().documentId().toString());
        PlanBasisChange toDistrict = basisChange(only(events, chain.districtPlan(), PlanBasisChange.TYPE));
        PlanBasisChange toCommune = basisChange(only(events, chain.communePlan(), PlanBasisChange.TYPE));
        assertEquals("REPLACED", toDistrict.change());
        assertEquals(chain.provincePlan(), toDistrict.changed().id().toString());
        assertEquals(replacementSymbol, toDistrict.by().symbol());
        assertEquals(1, toDistrict.depth());
        assertEquals(chain.district().code(), toDistrict.issuingOrganizationCode());
        assertEquals(2, toCommune.depth());
        assertEquals(chain.districtPlan(), toCommune.restsOn().id().toString());
        assertEquals(chain.provincePlan(), toCommune.changed().id().toString());
    }

    @Test
    void shouldKeepAPlanAmendedByALaterOneInForceAndRecordWhichAmendedIt() throws IOException {
        Chain chain = chain();
        String amendingSymbol = symbol("KH", "TU");
        Map<String, Object> amending = plan(amendingSymbol, chain.province(), LocalDate.of(2023, 5, 5), chain.directive());
        amending.put("basedOn", List.of(Map.of("kind", "AMENDS", "symbol", chain.provinceSymbol())));
        String amendingId = issue(chain.province(), amending);

        given().auth().oauth2(reader(chain.district())).when().get("/api/v1/plans/{id}", chain.provincePlan())
                .then().statusCode(200)
                .body("status", equalTo("AMENDED"))
                .body("amendedBy.symbol", contains(amendingSymbol))
                .body("amendedBy[0].documentId", equalTo(amendingId))
                .body("replacedBy", nullValue());
        List<CloudEvent> events = eventsIncluding(chain.provincePlan(), PlanSnapshot.AMENDED,
                chain.districtPlan(), PlanBasisChange.TYPE);
        PlanSnapshot amended = objectMapper.readValue(only(events, chain.provincePlan(), PlanSnapshot.AMENDED)
                .getData().toBytes(), PlanSnapshot.class);
        assertEquals(amendingSymbol, amended.amendedBy().getFirst().symbol());
        assertEquals("AMENDED", basisChange(only(events, chain.districtPlan(), PlanBasisChange.TYPE)).change());
        // Still in force: the district may go on building on it, and it may be completed.
        given().auth().oauth2(issuer(chain.province())).contentType(ContentType.JSON)
                .body(Map.of("version", 2, "reason", "Đã hoàn thành")).when()
                .post("/api/v1/plans/{id}/complete", chain.provincePlan()).then().statusCode(200)
                .body("status", equalTo("COMPLETED"));
    }

    @Test
    void shouldRefuseToReplaceAnotherOrganisationsPlanChangingNothing() {
        Chain chain = chain();
        // The district names its province's programme as replaced: it has no say over it.
        Map<String, Object> body = plan(symbol("KH", "HU"), chain.district(), LocalDate.of(2023, 6, 1), chain.directive());
        body.put("basedOn", List.of(Map.of("kind", "REPLACES", "symbol", chain.provinceSymbol())));
        String draft = draft(chain.district(), body);
        given().auth().oauth2(issuer(chain.district())).contentType(ContentType.JSON).body(Map.of("version", 0))
                .when().post("/api/v1/plans/{id}/issue", draft).then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", equalTo("Kế hoạch không thể sửa đổi hoặc thay thế các kế hoạch đã nêu"))
                .body("errors[0].field", equalTo("basedOn[0].symbol"));
        given().auth().oauth2(reader(chain.district())).when().get("/api/v1/plans/{id}", chain.provincePlan())
                .then().body("status", equalTo("ISSUED"));
        given().auth().oauth2(reader(chain.district())).when().get("/api/v1/plans/{id}", draft)
                .then().body("status", equalTo("DRAFT"));
    }

    @Test
    void shouldListAndTellTheDependentsOfARevokedPlanAndAnnounceACompletedOne() throws IOException {
        Chain chain = chain();
        int version = given().auth().oauth2(reader(chain.district())).when().get("/api/v1/plans/{id}", chain.districtPlan())
                .then().extract().path("version");
        given().auth().oauth2(issuer(chain.district())).contentType(ContentType.JSON)
                .body(Map.of("version", version, "reason", "Ban hành nhầm")).when()
                .post("/api/v1/plans/{id}/revoke", chain.districtPlan()).then().statusCode(200)
                .body("status", equalTo("REVOKED"))
                .body("consequences.dependents.planId", contains(chain.communePlan()))
                .body("consequences.dependents[0].status", equalTo("ISSUED"));
        List<CloudEvent> events = eventsIncluding(chain.communePlan(), PlanBasisChange.TYPE);
        PlanBasisChange told = basisChange(only(events, chain.communePlan(), PlanBasisChange.TYPE));
        assertEquals("REVOKED", told.change());
        assertNull(told.by());
        assertEquals("REVOKED", told.changed().status());

        given().auth().oauth2(issuer(chain.province())).contentType(ContentType.JSON)
                .body(Map.of("version", 1, "reason", "Đã hoàn thành các nhiệm vụ")).when()
                .post("/api/v1/plans/{id}/complete", chain.provincePlan()).then().statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("consequences.dependents", empty());
        List<CloudEvent> after = eventsIncluding(chain.provincePlan(), PlanSnapshot.COMPLETED);
        PlanSnapshot completed = objectMapper.readValue(only(after, chain.provincePlan(), PlanSnapshot.COMPLETED)
                .getData().toBytes(), PlanSnapshot.class);
        assertEquals("COMPLETED", completed.status());
        assertEquals("Đã hoàn thành các nhiệm vụ", completed.statusReason());
        // A completion tells nobody below: no basis change reaches the district from the province.
        assertTrue(after.stream().noneMatch(event -> PlanBasisChange.TYPE.equals(event.getType())
                && chain.districtPlan().equals(event.getSubject())));
    }

    @Test
    void shouldTellThePlansImplementingADirectiveWhenItIsRevoked() throws IOException {
        Chain chain = chain();
        fixtures.changeDirective(chain.directive(), "REVOKED");
        List<CloudEvent> events = eventsIncluding(chain.provincePlan(), PlanBasisChange.TYPE,
                chain.districtPlan(), PlanBasisChange.TYPE, chain.communePlan(), PlanBasisChange.TYPE);
        Map<String, PlanBasisChange> told = events.stream()
                .filter(event -> PlanBasisChange.TYPE.equals(event.getType()))
                .map(this::basisChange)
                .filter(change -> change.changed().symbol().equals(chain.directive()))
                .collect(Collectors.toMap(change -> change.planId().toString(), change -> change));
        assertEquals(3, told.size(), "the three plans implement it");
        assertEquals("DIRECTIVE", told.get(chain.provincePlan()).changed().kind());
        assertEquals("REVOKED", told.get(chain.districtPlan()).change());
        assertEquals(1, told.get(chain.communePlan()).depth(), "the commune's plan implements it itself");
    }

    // --- helpers -------------------------------------------------------------------------------------------

    /** The events on the plans topic once each (subject, type) pair given has been seen. */
    private static List<CloudEvent> eventsIncluding(String... subjectsAndTypes) {
        return KafkaProbe.read(Topics.PLANS, WAIT, records -> {
            List<CloudEvent> seen = records.stream().map(KafkaProbe::decodeOrNull).filter(e -> e != null).toList();
            for (int i = 0; i < subjectsAndTypes.length; i += 2) {
                String subject = subjectsAndTypes[i];
                String type = subjectsAndTypes[i + 1];
                if (seen.stream().noneMatch(e -> subject.equals(e.getSubject()) && type.equals(e.getType()))) {
                    return false;
                }
            }
            return true;
        }).stream().map(KafkaProbe::decodeOrNull).filter(e -> e != null).toList();
    }

    private static CloudEvent only(List<CloudEvent> events, String subject, String type) {
        List<CloudEvent> found = events.stream()
                .filter(event -> subject.equals(event.getSubject()) && type.equals(event.getType())).toList();
        assertEquals(1, found.size(), "one " + type + " for " + subject);
        return found.getFirst();
    }

    private PlanBasisChange basisChange(CloudEvent event) {
        try {
            return objectMapper.readValue(event.getData().toBytes(), PlanBasisChange.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String draft(Org organization, Map<String, Object> body) {
        return given().auth().oauth2(issuer(organization)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/plans").then().statusCode(201).extract().path("id");
    }

    private static String issue(Org organization, Map<String, Object> body) {
        String id = draft(organization, body);
        given().auth().oauth2(issuer(organization)).contentType(ContentType.JSON).body(Map.of("version", 0))
                .when().post("/api/v1/plans/{id}/issue", id).then().statusCode(200).body("status", equalTo("ISSUED"));
        return id;
    }

    private static Map<String, Object> plan(String symbol, Org issuer, LocalDate date, String directive) {
        Map<String, Object> body = new HashMap<>();
        body.put("symbol", symbol);
        body.put("issuingOrganizationCode", issuer.code());
        body.put("issueDate", date.toString());
        body.put("title", "Thực hiện Nghị quyết số 21-NQ/TW về tăng cường củng cố, xây dựng tổ chức cơ sở đảng");
        body.put("implementsDirective", Map.of("symbol", directive));
        body.put("signer", Map.of("onBehalfOf", "T/M BAN THƯỜNG VỤ", "position", "Bí thư", "name", "Trần Nhật Quang"));
        return body;
    }

    private static String issuer(Org organization) {
        return TestTokens.user("issuer." + organization.code(), organization.code(), "issuer", "reader");
    }

    private static String reader(Org organization) {
        return TestTokens.user("reader." + organization.code(), organization.code(), "reader");
    }

    private static String symbol(String type, String issuer) {
        return Fixtures.documentNumber() + "-" + type + "/" + issuer;
    }
}
