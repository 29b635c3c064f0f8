package vn.cascade.directive;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cascade.directive.OrganizationFixtures.ORGANIZATIONS;
import static vn.cascade.directive.OrganizationFixtures.PROBLEM;
import static vn.cascade.directive.OrganizationFixtures.admin;
import static vn.cascade.directive.OrganizationFixtures.create;
import static vn.cascade.directive.OrganizationFixtures.get;
import static vn.cascade.directive.OrganizationFixtures.issuer;
import static vn.cascade.directive.OrganizationFixtures.latestSnapshots;
import static vn.cascade.directive.OrganizationFixtures.reader;
import static vn.cascade.directive.OrganizationFixtures.snapshotsOf;
import static vn.cascade.directive.OrganizationFixtures.uniqueCode;
import static vn.cascade.directive.OrganizationFixtures.unchanged;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.cascade.common.events.OrganizationKind;
import vn.cascade.common.events.OrganizationSnapshot;
import vn.cascade.directive.repository.OrganizationRepository;

@QuarkusTest
class OrganizationHierarchyTest {

    @Inject
    OrganizationRepository organizations;

    @Test
    void shouldUpdateAnOrganizationInNfcAndPublishTheNewVersion() {
        String code = uniqueCode("HU-VINHLINH");
        JsonPath created = create(code, "Huyện ủy Vinh Linh", "DISTRICT", null, null);
        String id = created.getString("id");
        Map<String, Object> body = unchanged(created, null);
        body.put("name", Normalizer.normalize("Huyện ủy Vĩnh Linh", Normalizer.Form.NFD));
        body.put("memberCount", 9800);
        body.put("memberCountAsOf", "2022-12-31");

        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(body)
                .when().put(ORGANIZATIONS + "/{id}", id)
                .then().statusCode(200)
                .body("name", equalTo("Huyện ủy Vĩnh Linh"))
                .body("memberCount", equalTo(9800))
                .body("memberCountAsOf", equalTo("2022-12-31"))
                .body("version", equalTo(created.getInt("version") + 1));

        OrganizationSnapshot latest = latestSnapshots(List.of(id), s -> s.version() > created.getLong("version")).get(UUID.fromString(id));
        assertEquals("Huyện ủy Vĩnh Linh", latest.name());
        assertEquals(LocalDate.of(2022, 12, 31), latest.memberCountAsOf());
        assertEquals(OrganizationKind.PARTY_COMMITTEE, latest.kind());
    }

    @Test
    void shouldRefuseAStaleVersionAndChangeNothing() {
        JsonPath created = create(uniqueCode("TU-QUANGNAM"), "Tỉnh ủy Quảng Nam", "PROVINCIAL", null, null);
        String id = created.getString("id");
        Map<String, Object> first = unchanged(created, null);
        first.put("name", "Tỉnh ủy Quảng Nam khóa XXII");
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(first)
                .when().put(ORGANIZATIONS + "/{id}", id).then().statusCode(200);

        Map<String, Object> stale = unchanged(created, null); // still carries the version read before the first update
        stale.put("name", "Tỉnh ủy Quảng Nam (ghi đè)");
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(stale)
                .when().put(ORGANIZATIONS + "/{id}", id)
                .then().statusCode(409).contentType(PROBLEM).body("type", endsWith("/stale-version"));

        JsonPath now = get(id);
        assertEquals("Tỉnh ủy Quảng Nam khóa XXII", now.getString("name"));
        assertEquals(created.getLong("version") + 1, now.getLong("version"));
    }

    @Test
    void shouldDeactivateWithAnEffectiveDateAndNeverDelete() {
        JsonPath created = create(uniqueCode("HU-CUALO"), "Huyện ủy Cửa Lò", "DISTRICT", null, null);
        String id = created.getString("id");
        String today = LocalDate.now().toString();

        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("effectiveDate", today, "version", created.getLong("version")))
                .when().post(ORGANIZATIONS + "/{id}/deactivate", id)
                .then().statusCode(200).body("active", equalTo(false)).body("validTo", equalTo(today));

        get(id); // still there
        OrganizationSnapshot latest = latestSnapshots(List.of(id), s -> !s.active()).get(UUID.fromString(id));
        assertEquals(LocalDate.parse(today), latest.validTo());
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("effectiveDate", today))
                .when().post(ORGANIZATIONS + "/{id}/deactivate", id)
                .then().statusCode(409).contentType(PROBLEM);
    }

    @Test
    void shouldRefuseToDeactivateAnOrganizationWithActiveChildren() {
        String parentCode = uniqueCode("TU-QUANGTRI");
        String parentId = create(parentCode, "Tỉnh ủy Quảng Trị", "PROVINCIAL", null, null).getString("id");
        create(uniqueCode("BTC-TU-QUANGTRI"), "Ban Tổ chức Tỉnh ủy Quảng Trị", "PROVINCIAL", "ADVISORY_COMMISSION", parentCode);

        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("effectiveDate", LocalDate.now().toString()))
                .when().post(ORGANIZATIONS + "/{id}/deactivate", parentId)
                .then().statusCode(409).contentType(PROBLEM).body("detail", containsString("tổ chức trực thuộc đang hoạt động"));
        assertTrue(get(parentId).getBoolean("active"));
    }

    @Test
    void shouldListChildrenSubtreeInPathOrderAndAncestorsRootFirst() {
        String province = uniqueCode("TU-QUANGTRI");
        String district = uniqueCode("HU-VINHLINH");
        String commune = uniqueCode("DU-CQCQ");
        String provinceId = create(province, "Tỉnh ủy Quảng Trị", "PROVINCIAL", null, null).getString("id");
        String districtId = create(district, "Huyện ủy Vĩnh Linh", "DISTRICT", null, province).getString("id");
        String commission = create(uniqueCode("BTC-TU"), "Ban Tổ chức Tỉnh ủy Quảng Trị", "PROVINCIAL",
                "ADVISORY_COMMISSION", province).getString("id");
        String communeId = create(commune, "Đảng ủy cơ quan Chính quyền huyện Vĩnh Linh", "GRASSROOTS", null, district)
                .getString("id");

        given().auth().oauth2(reader()).when().get(ORGANIZATIONS + "/{id}/children", provinceId)
                .then().statusCode(200).body("id", org.hamcrest.Matchers.containsInAnyOrder(districtId, commission));

        List<String> subtree = given().auth().oauth2(reader()).queryParam("size", 200)
                .when().get(ORGANIZATIONS + "/{id}/subtree", provinceId)
                .then().statusCode(200).body("total", equalTo(4))
                .extract().jsonPath().getList("items.id");
        assertEquals(provinceId, subtree.getFirst());
        assertTrue(subtree.indexOf(districtId) < subtree.indexOf(communeId), "a district comes before its communes");

        List<String> firstPage = given().auth().oauth2(reader()).queryParam("page", 0).queryParam("size", 3)
                .when().get(ORGANIZATIONS + "/{id}/subtree", provinceId)
                .then().statusCode(200).body("total", equalTo(4)).body("size", equalTo(3))
                .extract().jsonPath().getList("items.id");
        List<String> secondPage = given().auth().oauth2(reader()).queryParam("page", 1).queryParam("size", 3)
                .when().get(ORGANIZATIONS + "/{id}/subtree", provinceId)
                .then().statusCode(200).extract().jsonPath().getList("items.id");
        assertEquals(subtree, java.util.stream.Stream.concat(firstPage.stream(), secondPage.stream()).toList());

        given().auth().oauth2(reader()).when().get(ORGANIZATIONS + "/{id}/ancestors", communeId)
                .then().statusCode(200).body("id", contains(provinceId, districtId));
        given().auth().oauth2(reader()).when().get(ORGANIZATIONS + "/{id}/ancestors", provinceId)
                .then().statusCode(200).body("size()", equalTo(0));
        given().auth().oauth2(reader()).when().get(ORGANIZATIONS + "/{id}/subtree", UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void shouldFindByNameWithOrWithoutDiacriticsAndByCode() {
        String code = uniqueCode("TU-QUANGTRI");
        String id = create(code, "Tỉnh ủy Quảng Trị", "PROVINCIAL", null, null).getString("id");
        String otherId = create(uniqueCode("TU-QUANGNAM"), "Tỉnh ủy Quảng Nam", "PROVINCIAL", null, null).getString("id");

        for (String q : List.of("tinh uy quang tri", "Tỉnh ủy Quảng Trị", "TINH UY QUANG TRI", "quang tri", code.toLowerCase())) {
            given().auth().oauth2(reader()).queryParam("q", q).queryParam("size", 200)
                    .when().get(ORGANIZATIONS)
                    .then().statusCode(200)
                    .body("items.id", hasItem(id))
                    .body("items.id", not(hasItem(otherId)))
                    .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        }
        given().auth().oauth2(reader()).queryParam("q", "đảng ủy khối xyzzy").when().get(ORGANIZATIONS)
                .then().statusCode(200).body("total", equalTo(0)).body("items.size()", equalTo(0));
    }

    @Test
    void shouldFilterSearchByLevelKindAndActive() {
        String province = uniqueCode("TU-QUANGTRI");
        create(province, "Tỉnh ủy Quảng Trị", "PROVINCIAL", null, null);
        String commission = create(uniqueCode("UBKT-TU"), "Ủy ban Kiểm tra Tỉnh ủy Quảng Trị", "PROVINCIAL",
                "ADVISORY_COMMISSION", province).getString("id");

        given().auth().oauth2(reader()).queryParam("q", "uy ban kiem tra quang tri").queryParam("kind", "ADVISORY_COMMISSION")
                .queryParam("level", "PROVINCIAL").queryParam("active", true).queryParam("size", 200)
                .when().get(ORGANIZATIONS)
                .then().statusCode(200)
                .body("items.id", hasItem(commission))
                .body("items.kind", everyItem(equalTo("ADVISORY_COMMISSION")))
                .body("items.level", everyItem(equalTo("PROVINCIAL")));
        given().auth().oauth2(reader()).queryParam("q", "uy ban kiem tra quang tri").queryParam("active", false)
                .when().get(ORGANIZATIONS)
                .then().statusCode(200).body("items.id", not(hasItem(commission)));
        given().auth().oauth2(reader()).queryParam("kind", "GALACTIC").when().get(ORGANIZATIONS)
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("kind"));
        given().auth().oauth2(reader()).queryParam("size", 500).when().get(ORGANIZATIONS)
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void shouldMoveASubtreeAndPublishASnapshotForEveryMovedOrganization() {
        String oldProvince = uniqueCode("TU-QUANGBINH");
        String newProvince = uniqueCode("TU-QUANGTRI");
        String district = uniqueCode("HU-VINHLINH");
        create(oldProvince, "Tỉnh ủy Quảng Bình", "PROVINCIAL", null, null);
        String newProvinceId = create(newProvince, "Tỉnh ủy Quảng Trị", "PROVINCIAL", null, null).getString("id");
        JsonPath districtBefore = create(district, "Huyện ủy Vĩnh Linh", "DISTRICT", null, oldProvince);
        String districtId = districtBefore.getString("id");
        String commissionId = create(uniqueCode("BTC-HU"), "Ban Tổ chức Huyện ủy Vĩnh Linh", "DISTRICT",
                "ADVISORY_COMMISSION", district).getString("id");
        String cellCode = uniqueCode("DU-QS");
        String grassrootsId = create(cellCode, "Đảng ủy Quân sự huyện Vĩnh Linh", "GRASSROOTS", null, district).getString("id");
        String cellId = create(uniqueCode("CB"), "Chi bộ Ban Chỉ huy Quân sự", "CELL", null, cellCode).getString("id");

        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(unchanged(districtBefore, newProvince))
                .when().put(ORGANIZATIONS + "/{id}", districtId)
                .then().statusCode(200).body("parentId", equalTo(newProvinceId));

        given().auth().oauth2(reader()).when().get(ORGANIZATIONS + "/{id}/ancestors", cellId)
                .then().statusCode(200).body("id", contains(newProvinceId, districtId, grassrootsId));
        List<String> moved = List.of(districtId, commissionId, grassrootsId, cellId);
        Map<UUID, OrganizationSnapshot> latest = latestSnapshots(moved,
                snapshot -> snapshot.path().startsWith("/" + newProvinceId + "/"));
        assertEquals(4, latest.size());
        latest.values().forEach(snapshot -> assertTrue(snapshot.path().startsWith("/" + newProvinceId + "/" + districtId),
                snapshot.code() + " " + snapshot.path()));
        assertEquals(UUID.fromString(newProvinceId), latest.get(UUID.fromString(districtId)).parentId());
        assertEquals(1, latest.get(UUID.fromString(cellId)).version(), "the moved cell got a new version");
    }

    @Test
    void shouldMakeARegistrationWaitWhileTheHierarchyIsBeingChanged() throws Exception {
        String province = uniqueCode("TU-QUANGTRI");
        create(province, "Tỉnh ủy Quảng Trị", "PROVINCIAL", null, null);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try {
            Future<?> change = executor.submit(() -> QuarkusTransaction.requiringNew().run(() -> {
                organizations.lockHierarchy(); // as a move would, until its transaction ends
                locked.countDown();
                await(release);
            }));
            assertTrue(locked.await(10, TimeUnit.SECONDS));
            Future<Integer> registration = executor.submit(() -> given().auth().oauth2(admin()).contentType(ContentType.JSON)
                    .body(Map.of("code", uniqueCode("HU"), "name", "Huyện ủy Vĩnh Linh", "level", "DISTRICT", "parentCode", province))
                    .when().post(ORGANIZATIONS).statusCode());

            assertThrows(TimeoutException.class, () -> registration.get(1, TimeUnit.SECONDS), "waits for the change");
            release.countDown();
            change.get(10, TimeUnit.SECONDS);
            assertEquals(201, registration.get(10, TimeUnit.SECONDS));
        } finally {
            release.countDown();
            executor.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void shouldRejectAParentThatWouldMakeACycleAndChangeNothing() {
        String province = uniqueCode("TU-QUANGTRI");
        String district = uniqueCode("HU-VINHLINH");
        JsonPath provinceBefore = create(province, "Tỉnh ủy Quảng Trị", "PROVINCIAL", null, null);
        String districtId = create(district, "Huyện ủy Vĩnh Linh", "DISTRICT", null, province).getString("id");
        String grassroots = uniqueCode("DU-CA");
        create(grassroots, "Đảng ủy Công an huyện Vĩnh Linh", "GRASSROOTS", null, district);

        for (String parent : List.of(province, district, grassroots)) {
            given().auth().oauth2(admin()).contentType(ContentType.JSON).body(unchanged(provinceBefore, parent))
                    .when().put(ORGANIZATIONS + "/{id}", provinceBefore.getString("id"))
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("errors[0].field", equalTo("parentCode"))
                    .body("errors[0].message", containsString("vòng lặp"));
        }
        JsonPath provinceAfter = get(provinceBefore.getString("id"));
        assertEquals(provinceBefore.getLong("version"), provinceAfter.getLong("version"));
        assertEquals(null, provinceAfter.getString("parentId"));
        assertEquals(provinceBefore.getString("id"), get(districtId).getString("parentId"));
        assertFalse(snapshotsOf(provinceBefore.getString("id")).stream().anyMatch(s -> s.version() > 0));
    }

    @Test
    void shouldRequireATokenForReadsAndTheAdminRoleForEveryWrite() {
        JsonPath created = create(uniqueCode("TU-QUANGTRI"), "Tỉnh ủy Quảng Trị", "PROVINCIAL", null, null);
        String id = created.getString("id");
        for (String path : List.of("", "/" + id + "/children", "/" + id + "/subtree", "/" + id + "/ancestors")) {
            given().when().get(ORGANIZATIONS + path).then().statusCode(401);
            given().auth().oauth2(reader()).when().get(ORGANIZATIONS + path).then().statusCode(200);
        }
        Map<String, Object> update = unchanged(created, null);
        Map<String, Object> deactivate = Map.of("effectiveDate", LocalDate.now().toString());
        given().contentType(ContentType.JSON).body(update).when().put(ORGANIZATIONS + "/{id}", id).then().statusCode(401);
        given().auth().oauth2(issuer()).contentType(ContentType.JSON).body(update)
                .when().put(ORGANIZATIONS + "/{id}", id).then().statusCode(403).contentType(PROBLEM);
        given().contentType(ContentType.JSON).body(deactivate)
                .when().post(ORGANIZATIONS + "/{id}/deactivate", id).then().statusCode(401);
        given().auth().oauth2(reader()).contentType(ContentType.JSON).body(deactivate)
                .when().post(ORGANIZATIONS + "/{id}/deactivate", id).then().statusCode(403).contentType(PROBLEM);
        assertEquals(created.getLong("version"), get(id).getLong("version"));
        assertTrue(get(id).getBoolean("active"));
    }

    @Test
    void shouldDocumentEveryOrganizationOperationForSdkGeneration() {
        JsonPath openapi = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = openapi.getMap("paths");
        List<String> gaps = new java.util.ArrayList<>();
        paths.forEach((path, operations) -> {
            if (!path.startsWith(ORGANIZATIONS)) {
                return;
            }
            operations.forEach((method, operation) -> {
                String where = method.toUpperCase() + " " + path;
                if (operation.get("summary") == null) {
                    gaps.add(where + ": no summary");
                }
                if (!String.valueOf(operation.get("tags")).contains("Organizations")) {
                    gaps.add(where + ": no tag");
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
                if (path.contains("{id}") && !responses.containsKey("404")) {
                    gaps.add(where + ": no 404");
                }
                if (method.equals("put") && !(responses.containsKey("400") && responses.containsKey("409"))) {
                    gaps.add(where + ": no 400 or 409");
                }
            });
        });
        assertTrue(gaps.isEmpty(), "OpenAPI gaps: " + gaps);
        assertTrue(openapi.getMap("paths.'/api/v1/organizations/import'.post.requestBody.content").containsKey("text/csv"));
        assertTrue(openapi.getMap("components.schemas").containsKey("OrganizationPage"));
    }
}
