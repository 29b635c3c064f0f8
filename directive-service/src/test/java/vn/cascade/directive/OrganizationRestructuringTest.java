package vn.cascade.directive;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cascade.directive.OrganizationFixtures.ORGANIZATIONS;
import static vn.cascade.directive.OrganizationFixtures.PROBLEM;
import static vn.cascade.directive.OrganizationFixtures.admin;
import static vn.cascade.directive.OrganizationFixtures.get;
import static vn.cascade.directive.OrganizationFixtures.issuer;
import static vn.cascade.directive.OrganizationFixtures.latestSnapshots;
import static vn.cascade.directive.OrganizationFixtures.reader;
import static vn.cascade.directive.OrganizationFixtures.snapshotsOf;
import static vn.cascade.directive.OrganizationFixtures.uniqueCode;
import static vn.cascade.directive.OrganizationFixtures.unchanged;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cascade.common.events.OrganizationPlacement;
import vn.cascade.common.events.OrganizationSnapshot;
import vn.cascade.common.events.OrganizationSuccession;
import vn.cascade.common.events.SuccessionKind;
import vn.cascade.common.testing.TestTokens;

@QuarkusTest
class OrganizationRestructuringTest {

    private static final String RESTRUCTURINGS = ORGANIZATIONS + "/restructurings";
    private static final String BEGAN = "1977-03-01";
    private static final String EFFECTIVE = "2025-07-01";
    private static final String THE_DAY_BEFORE = "2025-06-30";

    @Test
    void shouldMergeDistrictsIntoANewOneAndPublishEverySnapshotWhosePathOrHistoryChanged() {
        Org province = register("TU-QUANGTRI", "Tỉnh ủy Quảng Trị", "PROVINCIAL", null);
        Org gioLinh = register("HU-GIOLINH", "Huyện ủy Gio Linh", "DISTRICT", province.code);
        Org camLo = register("HU-CAMLO", "Huyện ủy Cam Lộ", "DISTRICT", province.code);
        Org commune = register("DU-XA-GIOMAI", "Đảng ủy xã Gio Mai", "GRASSROOTS", gioLinh.code);
        Org cell = register("CB-THON-1", "Chi bộ thôn 1", "CELL", commune.code);
        Org town = register("DU-TT-CAMLO", "Đảng ủy thị trấn Cam Lộ", "GRASSROOTS", camLo.code);
        String merged = uniqueCode("HU-GIOLINH-CAMLO");

        JsonPath outcome = restructure("mergers", Map.of("predecessorCodes", List.of(gioLinh.code, camLo.code),
                "effectiveDate", EFFECTIVE,
                "newSuccessor", Map.of("code", merged, "name", "Huyện ủy Gio Linh - Cam Lộ", "level", "DISTRICT")))
                .statusCode(200)
                .body("kind", equalTo("MERGER"))
                .body("effectiveDate", equalTo(EFFECTIVE))
                .body("predecessors.code", contains(gioLinh.code, camLo.code))
                .body("predecessors.active", contains(false, false))
                .body("predecessors.validTo", contains(EFFECTIVE, EFFECTIVE))
                .body("successors.code", contains(merged))
                .body("successors[0].parentId", equalTo(province.id))
                .body("successors[0].validFrom", equalTo(EFFECTIVE))
                .body("moved.code", containsInAnyOrder(commune.code, town.code))
                .body("snapshotsPublished", equalTo(6))
                .extract().jsonPath();
        String mergedId = outcome.getString("successors[0].id");

        Map<UUID, OrganizationSnapshot> latest = latestSnapshots(
                List.of(gioLinh.id, camLo.id, mergedId, commune.id, cell.id, town.id),
                snapshot -> snapshot.path().contains(mergedId) || !snapshot.active());
        OrganizationSnapshot dissolved = latest.get(UUID.fromString(gioLinh.id));
        assertFalse(dissolved.active());
        assertEquals(LocalDate.parse(EFFECTIVE), dissolved.validTo());
        assertEquals(List.of(new OrganizationSuccession(UUID.fromString(mergedId), merged, SuccessionKind.MERGER,
                LocalDate.parse(EFFECTIVE))), dissolved.successors());
        assertEquals(LocalDate.parse(EFFECTIVE), dissolved.placements().getLast().to(), "its last place ends when it ceased");
        assertEquals(List.of(gioLinh.code, camLo.code),
                latest.get(UUID.fromString(mergedId)).predecessors().stream().map(OrganizationSuccession::code).toList());
        List<OrganizationPlacement> cellPlaces = latest.get(UUID.fromString(cell.id)).placements();
        assertEquals(2, cellPlaces.size());
        assertEquals(new OrganizationPlacement(UUID.fromString(commune.id),
                "/" + province.id + "/" + gioLinh.id + "/" + commune.id + "/" + cell.id,
                LocalDate.parse(BEGAN), LocalDate.parse(EFFECTIVE)), cellPlaces.getFirst());
        assertEquals(new OrganizationPlacement(UUID.fromString(commune.id),
                "/" + province.id + "/" + mergedId + "/" + commune.id + "/" + cell.id,
                LocalDate.parse(EFFECTIVE), null), cellPlaces.getLast());
        assertEquals(latest.get(UUID.fromString(cell.id)).path(), cellPlaces.getLast().path());

        // The hierarchy the day before and on the day
        children(province.id, THE_DAY_BEFORE).body("code", hasItems(gioLinh.code, camLo.code)).body("code", not(hasItem(merged)));
        children(province.id, null).body("code", hasItem(merged)).body("code", not(hasItems(gioLinh.code)));
        children(gioLinh.id, THE_DAY_BEFORE).body("code", contains(commune.code));
        children(mergedId, null).body("code", containsInAnyOrder(commune.code, town.code))
                .body("parentId", containsInAnyOrder(mergedId, mergedId));
        given().auth().oauth2(reader()).queryParam("asOf", THE_DAY_BEFORE)
                .when().get(ORGANIZATIONS + "/{id}/children", mergedId)
                .then().statusCode(404).contentType(PROBLEM).body("detail", containsString("did not exist on " + THE_DAY_BEFORE));
        ancestors(cell.id, THE_DAY_BEFORE).body("code", contains(province.code, gioLinh.code, commune.code));
        ancestors(cell.id, EFFECTIVE).body("code", contains(province.code, merged, commune.code));
        subtree(province.id, THE_DAY_BEFORE).body("total", equalTo(6))
                .body("items.code", hasItems(gioLinh.code, camLo.code, commune.code, cell.code, town.code))
                .body("items[0].code", equalTo(province.code));
        subtree(province.id, null).body("total", equalTo(5))
                .body("items.code", hasItems(merged, commune.code, cell.code, town.code))
                .body("items.code", not(hasItem(gioLinh.code)));
        assertEquals(mergedId, get(commune.id).getString("parentId"));
    }

    @Test
    void shouldSplitOnlyWhenEveryChildIsPlacedAndChangeNothingOtherwise() {
        Org province = register("TU-QUANGNAM", "Tỉnh ủy Quảng Nam", "PROVINCIAL", null);
        Org bloc = register("DUK-DN", "Đảng ủy Khối Doanh nghiệp tỉnh", "DISTRICT", province.code);
        Org power = register("DU-CTY-DIEN", "Đảng ủy Công ty Điện lực", "GRASSROOTS", bloc.code);
        Org water = register("DU-CTY-NUOC", "Đảng ủy Công ty Cấp nước", "GRASSROOTS", bloc.code);
        Org agencies = register("DUK-CQ", "Đảng ủy Khối các cơ quan tỉnh", "DISTRICT", province.code);
        String newBloc = uniqueCode("DUK-DN-MOI");

        Map<String, Object> incomplete = Map.of("predecessorCode", bloc.code, "effectiveDate", EFFECTIVE,
                "successors", List.of(
                        Map.of("code", agencies.code, "childCodes", List.of(power.code)),
                        Map.of("organization", Map.of("code", newBloc, "name", "Đảng ủy Khối Doanh nghiệp (mới)",
                                "level", "DISTRICT"), "childCodes", List.of())));
        restructure("splits", incomplete).statusCode(422).contentType(PROBLEM)
                .body("type", endsWith("/unprocessable"))
                .body("errors.field", hasItem("successors"))
                .body("errors.message", hasItem(containsString(water.code)));
        assertUnchanged(bloc, power, water);
        given().auth().oauth2(reader()).queryParam("code", newBloc).when().get(ORGANIZATIONS).then().statusCode(200).body("total", equalTo(0));

        restructure("splits", Map.of("predecessorCode", bloc.code, "effectiveDate", EFFECTIVE,
                "successors", List.of(
                        Map.of("code", agencies.code, "childCodes", List.of(power.code)),
                        Map.of("organization", Map.of("code", newBloc, "name", "Đảng ủy Khối Doanh nghiệp (mới)",
                                "level", "DISTRICT"), "childCodes", List.of(water.code)))))
                .statusCode(200)
                .body("kind", equalTo("SPLIT"))
                .body("successors.code", contains(agencies.code, newBloc))
                .body("snapshotsPublished", equalTo(5));
        assertEquals(agencies.id, get(power.id).getString("parentId"));
        history(bloc.id).body("successors.organization.code", contains(agencies.code, newBloc))
                .body("successors.kind", contains("SPLIT", "SPLIT"))
                .body("carriedOnBy.code", containsInAnyOrder(agencies.code, newBloc));
        OrganizationSnapshot agenciesNow = latestSnapshots(List.of(agencies.id), s -> !s.predecessors().isEmpty())
                .get(UUID.fromString(agencies.id));
        assertEquals(1, agenciesNow.version(), "the existing successor got a new version");
        assertEquals(SuccessionKind.SPLIT, agenciesNow.predecessors().getFirst().kind());
    }

    @Test
    void shouldFollowTheChainOfRestructuringsBothWays() {
        Org province = register("TU-QUANGTRI", "Tỉnh ủy Quảng Trị", "PROVINCIAL", null);
        Org district = register("HU-TRIEUPHONG", "Huyện ủy Triệu Phong", "DISTRICT", province.code);
        Org commune = register("DU-XA-TRIEUAI", "Đảng ủy xã Triệu Ái", "GRASSROOTS", district.code);
        String renamed = uniqueCode("TXU-TRIEUPHONG");

        String renamedId = restructure("renamings", Map.of("predecessorCode", district.code, "effectiveDate", "2020-01-01",
                "successor", Map.of("code", renamed, "name", "Thị xã ủy Triệu Phong", "level", "DISTRICT")))
                .statusCode(200).body("kind", equalTo("RENAMING")).body("moved.code", contains(commune.code))
                .extract().path("successors[0].id");
        // 2025: the district level is dissolved; the province takes over its communes.
        restructure("mergers", Map.of("predecessorCodes", List.of(renamed), "effectiveDate", EFFECTIVE,
                "successorCode", province.code))
                .statusCode(200).body("moved.code", contains(commune.code));

        history(district.id)
                .body("successors.organization.code", contains(renamed))
                .body("later.step", contains(1, 2))
                .body("later.predecessor.code", contains(district.code, renamed))
                .body("later.successor.code", contains(renamed, province.code))
                .body("later.kind", contains("RENAMING", "MERGER"))
                .body("later.effective", contains("2020-01-01", EFFECTIVE))
                .body("carriedOnBy.code", contains(province.code))
                .body("placements.to", contains("2020-01-01"));
        history(province.id)
                .body("predecessors.organization.code", contains(renamed))
                .body("earlier.step", contains(1, 2))
                .body("earlier.predecessor.code", contains(renamed, district.code))
                .body("carriedOnBy.code", contains(province.code));
        history(commune.id)
                .body("placements.parent.code", contains(district.code, renamed, province.code))
                .body("placements.from", contains(BEGAN, "2020-01-01", EFFECTIVE))
                .body("placements.to", contains("2020-01-01", EFFECTIVE, null));
        ancestors(commune.id, "2019-12-31").body("code", contains(province.code, district.code));
        ancestors(commune.id, "2024-01-01").body("code", contains(province.code, renamed));
        ancestors(commune.id, null).body("code", contains(province.code));
        assertEquals(renamedId, history(district.id).extract().path("later[0].successor.id"));
    }

    @Test
    void shouldMoveFromADateAndRecordTheNewPlaceOfTheWholeSubtree() {
        Org oldProvince = register("TU-QUANGBINH", "Tỉnh ủy Quảng Bình", "PROVINCIAL", null);
        Org newProvince = register("TU-QUANGTRI", "Tỉnh ủy Quảng Trị", "PROVINCIAL", null);
        Org district = register("HU-VINHLINH", "Huyện ủy Vĩnh Linh", "DISTRICT", oldProvince.code);
        Org commune = register("DU-XA-VINHTHACH", "Đảng ủy xã Vĩnh Thạch", "GRASSROOTS", district.code);

        restructure("moves", Map.of("code", district.code, "newParentCode", newProvince.code, "effectiveDate", "1989-07-01",
                "version", 0))
                .statusCode(200).body("kind", equalTo("MOVE")).body("moved.code", contains(district.code))
                .body("moved[0].parentId", equalTo(newProvince.id)).body("snapshotsPublished", equalTo(2));

        children(oldProvince.id, "1989-06-30").body("code", contains(district.code));
        children(oldProvince.id, "1989-07-01").body("code", not(hasItem(district.code)));
        children(newProvince.id, "1989-07-01").body("code", contains(district.code)).body("parentId", contains(newProvince.id));
        ancestors(commune.id, "1980-01-01").body("code", contains(oldProvince.code, district.code));
        ancestors(commune.id, null).body("code", contains(newProvince.code, district.code));
        OrganizationSnapshot communeNow = latestSnapshots(List.of(commune.id), s -> s.version() > 0).get(UUID.fromString(commune.id));
        assertEquals(List.of("/" + oldProvince.id + "/" + district.id + "/" + commune.id,
                        "/" + newProvince.id + "/" + district.id + "/" + commune.id),
                communeNow.placements().stream().map(OrganizationPlacement::path).toList());

        // A plain update that moves it records today as the day of the move.
        JsonPath now = get(district.id);
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(unchanged(now, oldProvince.code))
                .when().put(ORGANIZATIONS + "/{id}", district.id).then().statusCode(200);
        history(district.id).body("placements.parent.code", contains(oldProvince.code, newProvince.code, oldProvince.code))
                .body("placements[2].from", equalTo(LocalDate.now().toString()));
        // A change dated before that later move would rewrite history that already has later entries.
        restructure("moves", Map.of("code", district.code, "newParentCode", newProvince.code, "effectiveDate", "2000-01-01"))
                .statusCode(422).body("errors.field", hasItem("code")).body("errors.message", hasItem(containsString("moved on")));
    }

    @Test
    void shouldRejectRestructuringsThatDoNotFitTheHierarchyAndWriteNothing() {
        Org province = register("TU-QUANGNGAI", "Tỉnh ủy Quảng Ngãi", "PROVINCIAL", null);
        Org district = register("HU-SONTINH", "Huyện ủy Sơn Tịnh", "DISTRICT", province.code);
        Org commune = register("DU-XA-TINHHA", "Đảng ủy xã Tịnh Hà", "GRASSROOTS", district.code);
        Org ceased = register("HU-TUNGHIA", "Huyện ủy Tư Nghĩa", "DISTRICT", province.code);
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("effectiveDate", "2024-01-01"))
                .when().post(ORGANIZATIONS + "/{id}/deactivate", ceased.id).then().statusCode(200);
        String tomorrow = LocalDate.now().plusDays(1).toString();

        restructure("mergers", Map.of("predecessorCodes", List.of(district.code), "effectiveDate", tomorrow,
                "successorCode", province.code))
                .statusCode(422).contentType(PROBLEM).body("errors.field", hasItem("effectiveDate"));
        restructure("mergers", Map.of("predecessorCodes", List.of(ceased.code), "effectiveDate", EFFECTIVE,
                "successorCode", province.code))
                .statusCode(422).body("errors[0].field", equalTo("predecessorCodes[0]"))
                .body("errors[0].message", containsString("ceased on 2024-01-01"));
        restructure("mergers", Map.of("predecessorCodes", List.of(commune.code), "effectiveDate", EFFECTIVE,
                "successorCode", ceased.code))
                .statusCode(422).body("errors[0].field", equalTo("successorCode"));
        restructure("mergers", Map.of("predecessorCodes", List.of(district.code), "effectiveDate", EFFECTIVE,
                "successorCode", commune.code))
                .statusCode(422).body("errors.message", hasItem(containsString("cycle")));
        restructure("moves", Map.of("code", province.code, "newParentCode", commune.code, "effectiveDate", EFFECTIVE))
                .statusCode(422).body("errors[0].field", equalTo("newParentCode"))
                .body("errors.message", hasItem(containsString("cycle")));
        Org elsewhere = register("HU-BATO", "Huyện ủy Ba Tơ", "DISTRICT", null);
        restructure("mergers", Map.of("predecessorCodes", List.of(province.code), "effectiveDate", EFFECTIVE,
                "successorCode", elsewhere.code))
                .statusCode(422).body("errors.message", hasItem(containsString("lower level")));
        restructure("mergers", Map.of("predecessorCodes", List.of(district.code), "effectiveDate", "1950-01-01",
                "successorCode", province.code))
                .statusCode(422).body("errors.message", hasItem(containsString("began on " + BEGAN)));
        restructure("mergers", Map.of("predecessorCodes", List.of(district.code, "HU-KHONG-CO"), "effectiveDate", EFFECTIVE,
                "successorCode", province.code, "newSuccessor", Map.of("code", uniqueCode("X"), "name", "X", "level", "DISTRICT")))
                .statusCode(422)
                .body("errors.field", hasItems("predecessorCodes[1]", "successorCode"));
        restructure("renamings", Map.of("predecessorCode", district.code, "effectiveDate", EFFECTIVE,
                "successor", Map.of("code", commune.code, "name", "Trùng mã", "level", "DISTRICT")))
                .statusCode(422).body("errors[0].field", equalTo("successor.code"));
        restructure("mergers", Map.of("predecessorCodes", List.of(district.code), "successorCode", province.code))
                .statusCode(400).body("errors[0].field", containsString("effectiveDate"));
        restructure("splits", Map.of("predecessorCode", district.code, "effectiveDate", EFFECTIVE, "successors", "nhiều"))
                .statusCode(400).contentType(PROBLEM);

        assertUnchanged(province, district, commune);
        assertFalse(get(ceased.id).getBoolean("active"));
    }

    @Test
    void shouldLetOnlyAdministratorsRestructure() {
        Org province = register("TU-QUANGTRI", "Tỉnh ủy Quảng Trị", "PROVINCIAL", null);
        Org district = register("HU-HAILANG", "Huyện ủy Hải Lăng", "DISTRICT", province.code);
        Map<String, Object> merger = Map.of("predecessorCodes", List.of(district.code), "effectiveDate", EFFECTIVE,
                "successorCode", province.code);
        for (String kind : List.of("mergers", "splits", "renamings", "moves")) {
            given().contentType(ContentType.JSON).body(merger).when().post(RESTRUCTURINGS + "/" + kind)
                    .then().statusCode(401);
            for (String token : List.of(reader(), issuer())) {
                given().auth().oauth2(token).contentType(ContentType.JSON).body(merger)
                        .when().post(RESTRUCTURINGS + "/" + kind).then().statusCode(403).contentType(PROBLEM);
            }
        }
        given().when().get(ORGANIZATIONS + "/{id}/history", district.id).then().statusCode(401);
        given().auth().oauth2(TestTokens.user("khach", province.code, "guest"))
                .when().get(ORGANIZATIONS + "/{id}/history", district.id).then().statusCode(403);
        assertUnchanged(district);
    }

    @Test
    void shouldNameTheParameterOfABadDate() {
        Org province = register("TU-QUANGTRI", "Tỉnh ủy Quảng Trị", "PROVINCIAL", null);
        for (String path : List.of("/children", "/subtree", "/ancestors")) {
            given().auth().oauth2(reader()).queryParam("asOf", "01/07/2025")
                    .when().get(ORGANIZATIONS + "/{id}" + path, province.id)
                    .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("asOf"));
        }
    }

    /** Organisations keep their version, and no snapshot newer than their registration reaches the topic. */
    private static void assertUnchanged(Org... organizations) {
        // A change made afterwards: once its snapshot is on the topic, anything written before it would be too.
        Org marker = register("MARKER", "Đảng ủy đánh dấu", "GRASSROOTS", null);
        latestSnapshots(List.of(marker.id), snapshot -> true);
        for (Org organization : organizations) {
            JsonPath now = get(organization.id);
            assertTrue(now.getBoolean("active"), organization.code + " is still active");
            assertEquals(0, now.getLong("version"), organization.code + " kept its version");
            assertTrue(snapshotsOf(organization.id).stream().allMatch(snapshot -> snapshot.version() == 0),
                    "no new snapshot of " + organization.code);
        }
    }

    record Org(String id, String code) {
    }

    private static Org register(String prefix, String name, String level, String parentCode) {
        Map<String, Object> body = new HashMap<>(Map.of("code", uniqueCode(prefix), "name", name, "level", level,
                "validFrom", BEGAN));
        if (parentCode != null) {
            body.put("parentCode", parentCode);
        }
        JsonPath created = given().auth().oauth2(admin()).contentType(ContentType.JSON).body(body)
                .when().post(ORGANIZATIONS).then().statusCode(201).extract().jsonPath();
        return new Org(created.getString("id"), created.getString("code"));
    }

    private static ValidatableResponse restructure(String kind, Map<String, Object> body) {
        return given().auth().oauth2(admin()).contentType(ContentType.JSON).body(body)
                .when().post(RESTRUCTURINGS + "/" + kind).then();
    }

    private static ValidatableResponse children(String id, String asOf) {
        return read("/children", id, asOf);
    }

    private static ValidatableResponse ancestors(String id, String asOf) {
        return read("/ancestors", id, asOf);
    }

    private static ValidatableResponse subtree(String id, String asOf) {
        return given().auth().oauth2(reader()).queryParam("size", 200).queryParams(asOf == null ? Map.of() : Map.of("asOf", asOf))
                .when().get(ORGANIZATIONS + "/{id}/subtree", id).then().statusCode(200);
    }

    private static ValidatableResponse history(String id) {
        return given().auth().oauth2(reader()).when().get(ORGANIZATIONS + "/{id}/history", id).then().statusCode(200);
    }

    private static ValidatableResponse read(String path, String id, String asOf) {
        return given().auth().oauth2(reader()).queryParams(asOf == null ? Map.of() : Map.of("asOf", asOf))
                .when().get(ORGANIZATIONS + "/{id}" + path, id).then().statusCode(200);
    }
}
