package vn.cascade.directive;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cascade.directive.OrganizationFixtures.ORGANIZATIONS;
import static vn.cascade.directive.OrganizationFixtures.PROBLEM;
import static vn.cascade.directive.OrganizationFixtures.admin;
import static vn.cascade.directive.OrganizationFixtures.create;
import static vn.cascade.directive.OrganizationFixtures.issuer;
import static vn.cascade.directive.OrganizationFixtures.latestSnapshots;
import static vn.cascade.directive.OrganizationFixtures.reader;
import static vn.cascade.directive.OrganizationFixtures.uniqueCode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cascade.common.events.OrganizationKind;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.directive.repository.OrganizationRepository;

@QuarkusTest
class OrganizationImportTest {

    private static final String IMPORT = ORGANIZATIONS + "/import";
    private static final String CSV_HEADER = "code,name,shortName,level,kind,parentCode,memberCount,memberCountAsOf\n";

    @Inject
    OrganizationRepository organizations;

    @Test
    void shouldImportJsonWithParentsEarlierInTheFileAndPublishEverySnapshot() {
        String province = uniqueCode("TU-QUANGTRI");
        String district = uniqueCode("HU-VINHLINH");
        String commission = uniqueCode("BTC-HU");
        String body = """
                [
                  {"code": "%s", "name": "Tỉnh ủy Quảng Trị", "shortName": "TU Quảng Trị", "level": "PROVINCIAL",
                   "memberCount": 68500, "memberCountAsOf": "2022-12-31"},
                  {"code": "%s", "name": "Huyện ủy Vĩnh Linh", "level": "DISTRICT", "parentCode": "%s"},
                  {"code": "%s", "name": "Ban Tổ chức Huyện ủy Vĩnh Linh", "level": "DISTRICT",
                   "kind": "ADVISORY_COMMISSION", "parentCode": "%s"}
                ]""".formatted(province, district, province, commission, district);

        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(body)
                .when().post(IMPORT)
                .then().statusCode(200).body("created", equalTo(3)).body("existing", equalTo(0));

        var imported = inTransaction(() -> organizations.findByCodes(List.of(province, district, commission)));
        assertEquals(3, imported.size());
        assertEquals(imported.get(province).id, imported.get(district).parentId);
        assertEquals(OrganizationKind.ADVISORY_COMMISSION, imported.get(commission).kind);
        assertTrue(imported.get(commission).path.startsWith(imported.get(district).path + "/"));
        var snapshots = latestSnapshots(imported.values().stream().map(o -> o.id.toString()).toList(), s -> true);
        assertEquals(3, snapshots.size());
        assertEquals(68500, snapshots.get(imported.get(province).id).memberCount());
    }

    @Test
    void shouldListEveryBadJsonRowAndImportNothing() {
        String good = uniqueCode("TU-QUANGNAM");
        String taken = create(uniqueCode("TU-QUANGTRI"), "Tỉnh ủy Quảng Trị", "PROVINCIAL", null, null).getString("code");
        String child = uniqueCode("HU");
        String body = """
                [
                  {"code": "%s", "name": "Tỉnh ủy Quảng Nam", "level": "PROVINCIAL"},
                  {"code": "%s", "name": "Tỉnh ủy Quảng Trị (lặp)", "level": "PROVINCIAL"},
                  {"code": "bad code!", "name": "", "level": "GALACTIC"},
                  {"code": "%s", "name": "Huyện ủy", "level": "DISTRICT", "parentCode": "NO-SUCH-PARENT"},
                  {"code": "%s", "name": "Tỉnh ủy Quảng Nam (lặp)", "level": "PROVINCIAL", "memberCount": -1},
                  {"code": "%s-X", "name": "Huyện ủy", "level": "DISTRICT", "colour": "đỏ"}
                ]""".formatted(good, taken, child, good, child);

        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(body)
                .when().post(IMPORT)
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", endsWith("/validation"))
                .body("errors.field", containsInAnyOrder("rows[1].code", "rows[2].level", "rows[3].parentCode",
                        "rows[4].code", "rows[4].memberCount", "rows[5].colour"));

        assertEquals(0L, inTransaction(() -> organizations.count("code in ?1", List.of(good, child, child + "-X"))));
    }

    @Test
    void shouldImportCsv() {
        String province = uniqueCode("TU-QUANGTRI");
        String district = uniqueCode("HU-VINHLINH");
        String csv = CSV_HEADER
                + province + ",Tỉnh ủy Quảng Trị,TU Quảng Trị,PROVINCIAL,PARTY_COMMITTEE,,68500,2022-12-31\n"
                + district + ",\"Huyện ủy Vĩnh Linh, Quảng Trị\",HU Vĩnh Linh,DISTRICT,,"+ province + ",,\n";

        given().auth().oauth2(admin()).contentType("text/csv; charset=UTF-8").body(csv)
                .when().post(IMPORT)
                .then().statusCode(200).body("created", equalTo(2));

        given().auth().oauth2(reader()).queryParam("code", district).when().get(ORGANIZATIONS)
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].name", equalTo("Huyện ủy Vĩnh Linh, Quảng Trị"))
                .body("items[0].kind", equalTo("PARTY_COMMITTEE"));
        var imported = inTransaction(() -> organizations.findByCode(province).orElseThrow());
        assertEquals(OrganizationLevel.PROVINCIAL, imported.level);
        assertEquals(java.time.LocalDate.of(2022, 12, 31), imported.memberCountAsOf);
    }

    @Test
    void shouldListEveryBadCsvRowAndImportNothing() {
        String province = uniqueCode("TU-QUANGTRI");
        String district = uniqueCode("HU-VINHLINH");
        String csv = CSV_HEADER
                + district + ",Huyện ủy Vĩnh Linh,,DISTRICT,,"+ province + ",,\n"      // parent only comes later
                + province + ",Tỉnh ủy Quảng Trị,,PROVINCIAL,,,nhiều,31/12/2022\n"    // not a number, not ISO date
                + uniqueCode("X") + ",Đảng ủy X,,TỈNH,COMMITTEE,,,\n"                // unknown level and kind
                + uniqueCode("Y") + ",,,GRASSROOTS,,,,\n";                           // no name

        given().auth().oauth2(admin()).contentType("text/csv").body(csv)
                .when().post(IMPORT)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("rows[0].parentCode", "rows[1].memberCount",
                        "rows[1].memberCountAsOf", "rows[2].level", "rows[2].kind", "rows[3].name"));

        assertEquals(0L, inTransaction(() -> organizations.count("code in ?1", List.of(province, district))));
    }

    @Test
    void shouldRejectACsvWithoutTheExpectedHeaderOrWithABrokenQuote() {
        given().auth().oauth2(admin()).contentType("text/csv").body("ma,ten\nTU-X,Tỉnh ủy X\n")
                .when().post(IMPORT)
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("header"));
        String code = uniqueCode("TU");
        given().auth().oauth2(admin()).contentType("text/csv")
                .body(CSV_HEADER + code + ",\"Tỉnh ủy chưa đóng ngoặc,,PROVINCIAL,,,,\n")
                .when().post(IMPORT)
                .then().statusCode(400).contentType(PROBLEM);
        assertEquals(0L, inTransaction(() -> organizations.count("code", code)));
    }

    @Test
    void shouldLoadReferenceDataIdempotently() {
        Map<String, Integer> first = given().auth().oauth2(admin())
                .when().post(ORGANIZATIONS + "/reference-data")
                .then().statusCode(200).extract().jsonPath().getMap("");
        int total = first.get("created") + first.get("existing");
        assertTrue(total >= 30, "the seed organisations: " + first);

        given().auth().oauth2(admin())
                .when().post(ORGANIZATIONS + "/reference-data")
                .then().statusCode(200).body("created", equalTo(0)).body("existing", equalTo(total));

        String quangTri = given().auth().oauth2(reader()).queryParam("code", "TU-QUANGTRI").when().get(ORGANIZATIONS)
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].name", equalTo("Tỉnh ủy Quảng Trị")).extract().path("items[0].id");
        String vinhLinh = given().auth().oauth2(reader()).queryParam("code", "HU-VINHLINH").when().get(ORGANIZATIONS)
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].parentId", equalTo(quangTri)).extract().path("items[0].id");
        given().auth().oauth2(reader()).queryParam("code", "BTC-TU-QUANGTRI").when().get(ORGANIZATIONS)
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].kind", equalTo("ADVISORY_COMMISSION")).body("items[0].parentId", equalTo(quangTri));
        given().auth().oauth2(reader()).when().get(ORGANIZATIONS + "/{id}/ancestors", vinhLinh)
                .then().statusCode(200).body("code", org.hamcrest.Matchers.contains("BCHTW", "TU-QUANGTRI"));
        given().auth().oauth2(reader()).queryParam("q", "ban to chuc trung uong").when().get(ORGANIZATIONS)
                .then().statusCode(200).body("items.code", hasItems("BTCTW"));
    }

    @Test
    void shouldAllowOnlyAdminsToImport() {
        String body = "[{\"code\": \"%s\", \"name\": \"Tỉnh ủy\", \"level\": \"PROVINCIAL\"}]".formatted(uniqueCode("TU"));
        given().contentType(ContentType.JSON).body(body).when().post(IMPORT).then().statusCode(401);
        given().auth().oauth2(issuer()).contentType(ContentType.JSON).body(body)
                .when().post(IMPORT).then().statusCode(403).contentType(PROBLEM);
        given().when().post(ORGANIZATIONS + "/reference-data").then().statusCode(401);
        given().auth().oauth2(reader()).when().post(ORGANIZATIONS + "/reference-data").then().statusCode(403);
    }

    private static <T> T inTransaction(java.util.concurrent.Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }
}
