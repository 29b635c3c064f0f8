package vn.cascade.directive;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cascade.directive.OrganizationFixtures.ORGANIZATIONS;
import static vn.cascade.directive.OrganizationFixtures.PROBLEM;
import static vn.cascade.directive.OrganizationFixtures.admin;
import static vn.cascade.directive.OrganizationFixtures.reader;
import static vn.cascade.directive.OrganizationFixtures.uniqueCode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import vn.cascade.common.testing.TestTokens;
import vn.cascade.directive.domain.Organization;
import vn.cascade.directive.repository.OrganizationRepository;

/**
 * The 2025 reorganisation (issue 20): the bundled 63 → 34 mapping applies as one transaction, every merged
 * provincial committee gets exactly one successor, and a district committee dissolved on 2025-07-01 hands its
 * communes to the province. The bundled codes are given a suffix so the test owns its slice of the hierarchy.
 */
@QuarkusTest
class Reorganisation2025Test {

    private static final String REORGANISATIONS = ORGANIZATIONS + "/reorganisations";
    private static final String EFFECTIVE = "2025-07-01";

    @Inject
    OrganizationRepository organizations;

    @Test
    void shouldShipThe63CommitteesAnd23MergersThatLeave34() {
        Map<String, Object> reference = reference();
        List<Map<String, Object>> before = list(reference.get("committeesBefore"));
        List<String> unchanged = strings(reference.get("unchanged"));
        List<Map<String, Object>> mergers = list(map(reference.get("operation")).get("mergers"));

        assertEquals(63, before.size());
        assertEquals(63, before.stream().map(row -> row.get("code")).distinct().count());
        assertEquals(11, unchanged.size());
        assertEquals(23, mergers.size());
        List<String> merged = mergers.stream().flatMap(merger -> strings(merger.get("predecessorCodes")).stream()).toList();
        assertEquals(52, merged.size());
        assertEquals(52, new HashSet<>(merged).size(), "no committee merges twice");
        Set<String> all = new HashSet<>(merged);
        all.addAll(unchanged);
        assertEquals(before.stream().map(row -> (String) row.get("code")).collect(java.util.stream.Collectors.toSet()), all,
                "every committee before the reorganisation is either merged or left alone");
        assertTrue(list(reference.get("sources")).stream().allMatch(source -> source.get("url") != null),
                "every source says where it was read");
        Map<String, Object> quangTri = mergers.stream()
                .filter(merger -> "TU-QUANGTRI-2025".equals(map(merger.get("newSuccessor")).get("code"))).findFirst().orElseThrow();
        assertEquals(List.of("TU-QUANGBINH", "TU-QUANGTRI"), strings(quangTri.get("predecessorCodes")));
        assertEquals("Tỉnh ủy Quảng Trị", map(quangTri.get("newSuccessor")).get("name"));
    }

    @Test
    void shouldApplyThe63To34MappingWithExactlyOneSuccessorForEveryMergedCommittee() {
        Map<String, Object> reference = reference();
        String suffix = "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String root = create(uniqueCode("BCHTW"), "Ban Chấp hành Trung ương Đảng", "CENTRAL", null, "2000-01-01");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : list(reference.get("committeesBefore"))) {
            Map<String, Object> copy = new HashMap<>(row);
            copy.put("code", row.get("code") + suffix);
            copy.put("parentCode", root);
            rows.add(copy);
        }
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(rows).when().post(ORGANIZATIONS + "/import")
                .then().statusCode(200).body("created", equalTo(63));
        Map<String, Object> operation = suffixed(map(reference.get("operation")), suffix);

        apply(operation).statusCode(200)
                .body("ceased", hasSize(52))
                .body("successors", hasSize(23))
                .body("dissolved", empty());

        Map<String, String> successorOf = new LinkedHashMap<>();
        for (Map<String, Object> merger : list(operation.get("mergers"))) {
            String successor = (String) map(merger.get("newSuccessor")).get("code");
            strings(merger.get("predecessorCodes")).forEach(code -> successorOf.put(code, successor));
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Map<String, Organization> found = organizations.findByCodes(successorOf.keySet());
            assertEquals(52, found.size());
            for (Organization predecessor : found.values()) {
                assertFalse(predecessor.active, predecessor.code + " ceased");
                assertEquals(LocalDate.parse(EFFECTIVE), predecessor.validTo);
                assertEquals(1, predecessor.successors.size(), predecessor.code + " has exactly one successor");
                assertEquals(successorOf.get(predecessor.code), predecessor.successors.getFirst().successor.code);
            }
        });
        String rootId = idOf(root);
        children(rootId, null).body("code", hasSize(34));
        children(rootId, "2025-06-30").body("code", hasSize(63));
        children(rootId, null).body("findAll { it.code.startsWith('TU-QUANGTRI') }.name", contains("Tỉnh ủy Quảng Trị"))
                .body("findAll { it.code.startsWith('TU-QUANGTRI') }.validFrom", contains(EFFECTIVE))
                .body("findAll { it.code.startsWith('TU-HANOI') }.validFrom", contains("2008-08-01"));
    }

    @Test
    void shouldDissolveTheDistrictIntoItsProvinceAndMoveItsCommunesOnThe1stOfJuly() {
        String root = create(uniqueCode("BCHTW"), "Ban Chấp hành Trung ương Đảng", "CENTRAL", null, "2000-01-01");
        String quangBinh = create(uniqueCode("TU-QUANGBINH"), "Tỉnh ủy Quảng Bình", "PROVINCIAL", root, "2008-08-01");
        String quangTri = create(uniqueCode("TU-QUANGTRI"), "Tỉnh ủy Quảng Trị", "PROVINCIAL", root, "2008-08-01");
        String vinhLinh = create(uniqueCode("HU-VINHLINH"), "Huyện ủy Vĩnh Linh", "DISTRICT", quangTri, "2020-01-01");
        String organisationBoard = create(uniqueCode("BTC-HU-VINHLINH"), "Ban Tổ chức Huyện ủy Vĩnh Linh", "DISTRICT",
                vinhLinh, "2020-01-01", "ADVISORY_COMMISSION");
        String hoXa = create(uniqueCode("DU-TT-HOXA"), "Đảng ủy thị trấn Hồ Xá", "GRASSROOTS", vinhLinh, "2020-01-01");
        String vinhThach = create(uniqueCode("DU-XA-VINHTHACH"), "Đảng ủy xã Vĩnh Thạch", "GRASSROOTS", vinhLinh, "2020-01-01");
        String cell = create(uniqueCode("CB-THON"), "Chi bộ thôn Tân Lý", "CELL", vinhThach, "2020-01-01");
        String dongHoi = create(uniqueCode("TPU-DONGHOI"), "Thành ủy Đồng Hới", "DISTRICT", quangBinh, "2020-01-01");
        String nghiaNinh = create(uniqueCode("DU-XA-NGHIANINH"), "Đảng ủy xã Nghĩa Ninh", "GRASSROOTS", dongHoi, "2020-01-01");
        String newQuangTri = uniqueCode("TU-QUANGTRI-2025");

        apply(Map.of("effectiveDate", EFFECTIVE,
                "dissolutions", List.of(Map.of("parentCodes", List.of(quangBinh, quangTri), "level", "DISTRICT",
                        "kind", "PARTY_COMMITTEE")),
                "mergers", List.of(Map.of("predecessorCodes", List.of(quangBinh, quangTri),
                        "newSuccessor", Map.of("code", newQuangTri, "name", "Tỉnh ủy Quảng Trị", "level", "PROVINCIAL")))))
                .statusCode(200)
                .body("dissolved", containsInAnyOrder(vinhLinh, dongHoi))
                .body("ceasedWithoutSuccessor", contains(organisationBoard))
                .body("ceased", containsInAnyOrder(quangBinh, quangTri))
                .body("successors", contains(newQuangTri));

        String newQuangTriId = idOf(newQuangTri);
        children(newQuangTriId, null).body("code", containsInAnyOrder(hoXa, vinhThach, nghiaNinh));
        children(idOf(vinhLinh), "2025-06-30").body("code", containsInAnyOrder(organisationBoard, hoXa, vinhThach));
        children(idOf(quangTri), "2025-06-30").body("code", contains(vinhLinh));
        ancestors(idOf(cell), null).body("code", contains(root, newQuangTri, vinhThach));
        ancestors(idOf(cell), "2024-12-31").body("code", contains(root, quangTri, vinhLinh, vinhThach));

        // Where Vĩnh Linh went: into Quảng Trị on the day, and on with it into the new Quảng Trị.
        history(vinhLinh)
                .body("organization.validTo", equalTo(EFFECTIVE))
                .body("successors.organization.code", contains(quangTri))
                .body("successors.kind", contains("MERGER"))
                .body("later.successor.code", contains(quangTri, newQuangTri))
                .body("carriedOnBy.code", contains(newQuangTri))
                .body("placements.parent.code", contains(quangTri))
                .body("placements.to", contains(EFFECTIVE));
        history(organisationBoard)
                .body("organization.active", equalTo(false))
                .body("successors", empty())
                .body("carriedOnBy", empty());
        history(vinhThach)
                .body("placements.parent.code", contains(vinhLinh, newQuangTri))
                .body("placements.to", contains(EFFECTIVE, null));
    }

    @Test
    void shouldLetTheSuccessorsPeopleAskAboutThePredecessorsButRefuseTheCeasedOnesWrites() {
        // given Quảng Trị and Quảng Bình with a district each, Cần Thơ, and a published central resolution
        String root = create(uniqueCode("BCHTW"), "Ban Chấp hành Trung ương Đảng", "CENTRAL", null, "2000-01-01");
        String quangBinh = create(uniqueCode("TU-QUANGBINH"), "Tỉnh ủy Quảng Bình", "PROVINCIAL", root, "2008-08-01");
        String quangTri = create(uniqueCode("TU-QUANGTRI"), "Tỉnh ủy Quảng Trị", "PROVINCIAL", root, "2008-08-01");
        String department = create(uniqueCode("BTC-TU-QUANGTRI"), "Ban Tổ chức Tỉnh ủy Quảng Trị", "PROVINCIAL", quangTri,
                "2008-08-01", "ADVISORY_COMMISSION");
        String vinhLinh = create(uniqueCode("HU-VINHLINH"), "Huyện ủy Vĩnh Linh", "DISTRICT", quangTri, "2020-01-01");
        create(uniqueCode("DU-TT-HOXA"), "Đảng ủy thị trấn Hồ Xá", "GRASSROOTS", vinhLinh, "2020-01-01");
        String canTho = create(uniqueCode("TU-CANTHO"), "Thành ủy Cần Thơ", "PROVINCIAL", root, "2008-08-01");
        String centreIssuer = TestTokens.user("issuer", root, "issuer", "reader");
        String directiveId = given().auth().oauth2(centreIssuer).contentType(ContentType.JSON)
                .body(Map.of("symbol", ThreadLocalRandom.current().nextInt(100, 99_999) + "-NQ/TW",
                        "issuingOrganizationCode", root, "issueDate", "2022-06-16",
                        "title", "Về tăng cường củng cố, xây dựng tổ chức cơ sở đảng"))
                .when().post("/api/v1/directives").then().statusCode(201).extract().path("id");
        given().auth().oauth2(centreIssuer).contentType(ContentType.JSON).body(Map.of("version", 0))
                .when().post("/api/v1/directives/{id}/publish", directiveId).then().statusCode(200);
        String newQuangTri = uniqueCode("TU-QUANGTRI-2025");

        // when the reorganisation of 1 July 2025 is applied
        apply(Map.of("effectiveDate", EFFECTIVE,
                "dissolutions", List.of(Map.of("parentCodes", List.of(quangBinh, quangTri), "level", "DISTRICT",
                        "kind", "PARTY_COMMITTEE")),
                "mergers", List.of(Map.of("predecessorCodes", List.of(quangBinh, quangTri),
                        "newSuccessor", Map.of("code", newQuangTri, "name", "Tỉnh ủy Quảng Trị", "level", "PROVINCIAL")))))
                .statusCode(200);

        // then the new province's people, and the department that moved under it, ask how the old Quảng Trị and
        // Vĩnh Linh implemented the resolution
        for (String caller : List.of(newQuangTri, department)) {
            for (String asked : List.of(quangTri, vinhLinh, newQuangTri)) {
                implementation(TestTokens.user("reader", caller, "reader"), directiveId, asked).statusCode(200);
            }
        }
        // but Cần Thơ's still get 403, and so do the old Quảng Trị's about the new one: never the other way round
        implementation(TestTokens.user("reader", canTho, "reader"), directiveId, quangTri).statusCode(403);
        implementation(TestTokens.user("reader", quangTri, "reader"), directiveId, newQuangTri).statusCode(403);
        implementation(TestTokens.user("reader", quangTri, "reader"), directiveId, vinhLinh).statusCode(200);

        // and the old Quảng Trị's issuer drafts nothing more: the refusal names the successor, in Vietnamese by
        // default and in English when asked
        Map<String, Object> draft = Map.of("symbol", "99-NQ/TU", "issuingOrganizationCode", quangTri,
                "issueDate", "2025-08-01", "title", "Về công tác tổ chức sau hợp nhất");
        String oldIssuer = TestTokens.user("issuer", quangTri, "issuer", "reader");
        given().auth().oauth2(oldIssuer).contentType(ContentType.JSON).body(draft).when().post("/api/v1/directives")
                .then().statusCode(403).contentType(PROBLEM)
                .body("detail", equalTo("Tổ chức " + quangTri + " của đồng chí đã chấm dứt hoạt động từ ngày 2025-07-01; "
                        + "tổ chức kế thừa là Tỉnh ủy Quảng Trị (" + newQuangTri + ") — đề nghị quản trị viên chuyển tài "
                        + "khoản của đồng chí sang tổ chức này"));
        given().auth().oauth2(oldIssuer).header("Accept-Language", "en").contentType(ContentType.JSON).body(draft)
                .when().post("/api/v1/directives").then().statusCode(403)
                .body("detail", equalTo("Your organisation " + quangTri + " ceased on 2025-07-01; it is carried on by "
                        + "Tỉnh ủy Quảng Trị (" + newQuangTri + "), to which an administrator moves your account"));
        // and Vĩnh Linh's, whose chain ends in the new province too
        given().auth().oauth2(TestTokens.user("issuer", vinhLinh, "issuer")).contentType(ContentType.JSON)
                .body(Map.of("symbol", "98-NQ/HU", "issuingOrganizationCode", vinhLinh, "issueDate", "2025-08-01",
                        "title", "Về công tác tổ chức")).when().post("/api/v1/directives")
                .then().statusCode(403).body("detail", containsString("(" + newQuangTri + ")"));
    }

    private static ValidatableResponse implementation(String token, String directiveId, String organization) {
        return given().auth().oauth2(token).queryParam("organization", organization)
                .when().get("/api/v1/directives/{id}/implementation", directiveId).then();
    }

    @Test
    void shouldChangeNothingWhenOneStepDoesNotFit() {
        String root = create(uniqueCode("BCHTW"), "Ban Chấp hành Trung ương Đảng", "CENTRAL", null, "2000-01-01");
        String haGiang = create(uniqueCode("TU-HAGIANG"), "Tỉnh ủy Hà Giang", "PROVINCIAL", root, "2008-08-01");
        String tuyenQuang = create(uniqueCode("TU-TUYENQUANG"), "Tỉnh ủy Tuyên Quang", "PROVINCIAL", root, "2008-08-01");
        String district = create(uniqueCode("HU-VIXUYEN"), "Huyện ủy Vị Xuyên", "DISTRICT", haGiang, "2020-01-01");

        apply(Map.of("effectiveDate", EFFECTIVE,
                "dissolutions", List.of(Map.of("parentCodes", List.of(haGiang), "level", "DISTRICT", "kind", "PARTY_COMMITTEE")),
                "mergers", List.of(
                        Map.of("predecessorCodes", List.of(haGiang, tuyenQuang), "newSuccessor",
                                Map.of("code", uniqueCode("TU-TUYENQUANG-2025"), "name", "Tỉnh ủy Tuyên Quang", "level", "PROVINCIAL")),
                        Map.of("predecessorCodes", List.of("NO-SUCH-PROVINCE", tuyenQuang), "newSuccessor",
                                Map.of("code", uniqueCode("TU-X"), "name", "Tỉnh ủy X", "level", "PROVINCIAL")))))
                .statusCode(422).contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("mergers[1].predecessorCodes[0]", "mergers[1].predecessorCodes[1]"));

        for (String code : List.of(haGiang, tuyenQuang, district)) {
            given().auth().oauth2(reader()).queryParam("code", code).when().get(ORGANIZATIONS)
                    .then().statusCode(200).body("total", equalTo(1)).body("items[0].active", equalTo(true));
        }
        apply(Map.of("mergers", List.of())).statusCode(400).contentType(PROBLEM);
        given().auth().oauth2(reader()).contentType(ContentType.JSON).body(Map.of("effectiveDate", EFFECTIVE))
                .when().post(REORGANISATIONS).then().statusCode(403);
    }

    @Test
    void shouldRegisterTheCommitteesBeforeTheReorganisationOnce() {
        given().auth().oauth2(admin()).when().post(ORGANIZATIONS + "/reference-data").then().statusCode(200);
        int first = given().auth().oauth2(admin()).when().post(REORGANISATIONS + "/2025/committees-before")
                .then().statusCode(200).extract().path("created");
        given().auth().oauth2(admin()).when().post(REORGANISATIONS + "/2025/committees-before")
                .then().statusCode(200).body("created", equalTo(0)).body("existing", equalTo(63));
        assertTrue(first <= 63);
        given().auth().oauth2(reader()).queryParam("code", "TU-BARIAVUNGTAU").when().get(ORGANIZATIONS)
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].name", equalTo("Tỉnh ủy Bà Rịa - Vũng Tàu"))
                .body("items[0].validFrom", equalTo("2008-08-01"));
        // the seed's Quảng Nam, registered by the reference data as beginning the day it was loaded, is given the
        // reference's beginning, so the reorganisation of 2025 can take it in
        given().auth().oauth2(reader()).queryParam("code", "TU-QUANGNAM").when().get(ORGANIZATIONS)
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].validFrom", equalTo("2008-08-01"));
    }

    private static Map<String, Object> reference() {
        return given().auth().oauth2(reader()).when().get(REORGANISATIONS + "/2025")
                .then().statusCode(200).extract().jsonPath().getMap("");
    }

    private static ValidatableResponse apply(Map<String, Object> body) {
        return given().auth().oauth2(admin()).contentType(ContentType.JSON).body(body).when().post(REORGANISATIONS).then();
    }

    /** The operation with every organisation code given the suffix. */
    private static Map<String, Object> suffixed(Map<String, Object> operation, String suffix) {
        Map<String, Object> copy = new HashMap<>(operation);
        List<Map<String, Object>> mergers = new ArrayList<>();
        for (Map<String, Object> merger : list(operation.get("mergers"))) {
            Map<String, Object> step = new HashMap<>(merger);
            step.put("predecessorCodes", strings(merger.get("predecessorCodes")).stream().map(code -> code + suffix).toList());
            Map<String, Object> successor = new HashMap<>(map(merger.get("newSuccessor")));
            successor.put("code", successor.get("code") + suffix);
            step.put("newSuccessor", successor);
            mergers.add(step);
        }
        copy.put("mergers", mergers);
        List<Map<String, Object>> dissolutions = new ArrayList<>();
        for (Map<String, Object> dissolution : list(operation.get("dissolutions"))) {
            Map<String, Object> step = new HashMap<>(dissolution);
            step.put("parentCodes", strings(dissolution.get("parentCodes")).stream().map(code -> code + suffix).toList());
            dissolutions.add(step);
        }
        copy.put("dissolutions", dissolutions);
        return copy;
    }

    private static String create(String code, String name, String level, String parentCode, String validFrom) {
        return create(code, name, level, parentCode, validFrom, null);
    }

    private static String create(String code, String name, String level, String parentCode, String validFrom, String kind) {
        Map<String, Object> body = new HashMap<>(Map.of("code", code, "name", name, "level", level, "validFrom", validFrom));
        if (parentCode != null) {
            body.put("parentCode", parentCode);
        }
        if (kind != null) {
            body.put("kind", kind);
        }
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(body).when().post(ORGANIZATIONS)
                .then().statusCode(201);
        return code;
    }

    private static String idOf(String code) {
        return given().auth().oauth2(reader()).queryParam("code", code).when().get(ORGANIZATIONS)
                .then().statusCode(200).body("total", equalTo(1)).extract().path("items[0].id");
    }

    private static ValidatableResponse children(String id, String asOf) {
        var request = given().auth().oauth2(admin());
        if (asOf != null) {
            request = request.queryParam("asOf", asOf);
        }
        return request.when().get(ORGANIZATIONS + "/{id}/children", id).then().statusCode(200);
    }

    private static ValidatableResponse ancestors(String id, String asOf) {
        var request = given().auth().oauth2(admin());
        if (asOf != null) {
            request = request.queryParam("asOf", asOf);
        }
        return request.when().get(ORGANIZATIONS + "/{id}/ancestors", id).then().statusCode(200);
    }

    private static ValidatableResponse history(String code) {
        return given().auth().oauth2(admin()).when().get(ORGANIZATIONS + "/{id}/history", idOf(code))
                .then().statusCode(200);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return (List<String>) value;
    }
}
