package vn.cascade.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import vn.cascade.common.events.IndicatorSnapshot;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.testing.TestTokens;
import vn.cascade.indicators.CatalogueIndicator;
import vn.cascade.indicators.IndicatorCopyRepository;
import vn.cascade.plan.Fixtures.Org;

/**
 * Plans' targets name the indicator catalogue, as plan-service's copy of it holds it (kept from
 * cascade.indicators.v1): unknown or retired codes are a 422 listing them, an alias is stored as the catalogue's
 * code, and a target with words only is kept.
 */
@QuarkusTest
class PlanTargetIndicatorsTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    Fixtures fixtures;

    @Inject
    IndicatorCopyRepository indicators;

    @Test
    void shouldTakeATargetOnAnIndicatorTheCatalogueAnnouncedAndRefuseUnknownOnes() {
        Org province = fixtures.organization("TU-IC", "Tỉnh ủy Chỉ Tiêu", OrganizationLevel.PROVINCIAL, null);
        String code = "FOUR_GOOD_" + ThreadLocalRandom.current().nextInt(1_000_000);
        String unknown = "NO_SUCH_" + ThreadLocalRandom.current().nextInt(1_000_000);

        given().auth().oauth2(issuer(province)).contentType(ContentType.JSON)
                .body(plan(province, target(code, 80), target(unknown, 5), target("NEW_MEMBER_RATE", 3)))
                .when().post("/api/v1/plans").then().statusCode(422).contentType(PROBLEM)
                .body("detail", containsString(code)).body("detail", containsString(unknown))
                .body("errors.field", contains("targets[0].indicatorCode", "targets[1].indicatorCode"));

        fixtures.indicator(IndicatorSnapshot.DEFINED, rate(code, null, 0));
        given().auth().oauth2(issuer(province)).contentType(ContentType.JSON)
                .body(plan(province, target(code, 80), target(unknown, 5)))
                .when().post("/api/v1/plans").then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", contains("targets[1].indicatorCode"));
        given().auth().oauth2(issuer(province)).contentType(ContentType.JSON).header("Accept-Language", "vi")
                .body(plan(province, target(unknown, 5)))
                .when().post("/api/v1/plans").then().statusCode(422)
                .body("detail", equalTo("Danh mục chỉ tiêu không nhận " + unknown + " trong các chỉ tiêu của kế hoạch"));
        given().auth().oauth2(issuer(province)).contentType(ContentType.JSON)
                .body(plan(province, target(code, 80)))
                .when().post("/api/v1/plans").then().statusCode(201)
                .body("targets[0].target.indicatorCode", equalTo(code))
                .body("targets[0].target.numeratorIndicator", equalTo("FOUR_GOOD_CELLS"))
                .body("targets[0].target.denominatorIndicator", equalTo("PARTY_CELLS"));
    }

    @Test
    void shouldRefuseARetiredIndicatorAndNeverLetAnOlderVersionUndoANewerOne() {
        Org province = fixtures.organization("TU-IR", "Tỉnh ủy Thôi Dùng", OrganizationLevel.PROVINCIAL, null);
        String code = "RETIRED_" + ThreadLocalRandom.current().nextInt(1_000_000);
        fixtures.indicator(IndicatorSnapshot.DEFINED, rate(code, null, 0));
        fixtures.indicator(IndicatorSnapshot.RETIRED, rate(code, LocalDate.of(2021, 12, 31), 2));
        // the defined event again (a replay, or late): version 0 never undoes version 2
        fixtures.indicator(IndicatorSnapshot.DEFINED, rate(code, null, 0));
        assertEquals(LocalDate.of(2021, 12, 31), QuarkusTransaction.requiringNew()
                .call(() -> indicators.findById(code).validTo));

        given().auth().oauth2(issuer(province)).contentType(ContentType.JSON)
                .body(plan(province, target(code, 80)))
                .when().post("/api/v1/plans").then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", contains("targets[0].indicatorCode"))
                .body("errors.message", hasItem(containsString("2021-12-31")));
    }

    @Test
    void shouldStoreAnAliasAsTheCatalogueCodeAndKeepATargetWithWordsOnly() {
        Org province = fixtures.organization("TU-IA", "Tỉnh ủy Tên Khác", OrganizationLevel.PROVINCIAL, null);
        Map<String, Object> words = new LinkedHashMap<>(target(null, 10));
        words.remove("indicatorCode");
        words.put("unit", "COUNT");
        words.put("label", "Mỗi năm xây dựng ít nhất 10 mô hình \"Dân vận khéo\"");
        String id = given().auth().oauth2(issuer(province)).contentType(ContentType.JSON)
                .body(plan(province, target("GOOD_RATING_RATE", 90), words))
                .when().post("/api/v1/plans").then().statusCode(201)
                .body("targets.target.indicatorCode", contains("ORGS_GOOD_RATE", null))
                .body("targets[1].target.label", containsString("Dân vận khéo"))
                .extract().path("id");
        given().auth().oauth2(issuer(province)).contentType(ContentType.JSON).body(Map.of("version", 0))
                .when().post("/api/v1/plans/{id}/issue", id).then().statusCode(422); // no symbol: not issuable
    }

    @Test
    void shouldImportTheGoodRatingTargetUnderTheCatalogueCodeAndKeepAnUnmappedOneWithAWarning() {
        Org province = fixtures.organization("TU-II", "Tỉnh ủy Nhập Chỉ Tiêu " + ThreadLocalRandom.current().nextInt(1_000_000),
                OrganizationLevel.PROVINCIAL, null);
        String text = """
                Số %d-CTr/TU
                Đông Hà, ngày 02 tháng 12 năm 2022
                CHƯƠNG TRÌNH HÀNH ĐỘNG
                thực hiện Nghị quyết số 21-NQ/TW

                I. MỤC TIÊU, CHỈ TIÊU
                - Hằng năm có trên 90%% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên.
                - Mỗi năm xây dựng ít nhất 10 mô hình "Dân vận khéo" ở cơ sở.

                II. NHIỆM VỤ
                1. Quán triệt Nghị quyết (thường xuyên).
                """.formatted(Fixtures.documentNumber());
        given().auth().oauth2(issuer(province)).contentType("text/plain; charset=UTF-8")
                .queryParam("issuingOrganizationCode", province.code())
                .body(text.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/plans/import").then().statusCode(201)
                .body("plan.targets.target.indicatorCode", containsInAnyOrder("ORGS_GOOD_RATE", null))
                .body("plan.targets.find { it.target.indicatorCode == null }.target.label", containsString("Dân vận khéo"))
                .body("plan.targets.find { it.target.indicatorCode == 'ORGS_GOOD_RATE' }.target.numeratorIndicator",
                        equalTo("ORGS_RATED_GOOD_OR_BETTER"))
                .body("warnings.reason", hasItem(containsString("no catalogue indicator's keywords name this target")));
    }

    /**
     * A target on a count may give its own denominator (and numerator): it is then a percentage measured by the two
     * summed counts (docs/plan-model.md), so both must be summed counts of the catalogue, and the target a percentage.
     */
    @Test
    void shouldTakeATargetsOwnNumeratorAndDenominatorOnlyAsSummedCountsOfAPercentage() {
        Org province = fixtures.organization("TU-TM", "Tỉnh ủy Tử Mẫu Số", OrganizationLevel.PROVINCIAL, null);
        Map<String, Object> own = target("VILLAGE_CELLS_WITH_COMMITTEE", 95);
        own.put("denominatorIndicator", "VILLAGE_CELLS");
        Map<String, Object> rateBelow = target("NEW_MEMBERS_ADMITTED", 3);
        rateBelow.put("denominatorIndicator", "NEW_MEMBER_RATE");
        Map<String, Object> aboveOnly = target("ORGS_RATED_GOOD_OR_BETTER", 90);
        aboveOnly.put("numeratorIndicator", "ORGS_RATED_GOOD_OR_BETTER");
        Map<String, Object> counted = target("ORGS_RATED", 10);
        counted.put("unit", "COUNT");
        counted.put("denominatorIndicator", "TOTAL_MEMBERS");
        given().auth().oauth2(issuer(province)).contentType(ContentType.JSON)
                .body(plan(province, own, rateBelow, aboveOnly, counted))
                .when().post("/api/v1/plans").then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("targets[1].denominatorIndicator",
                        "targets[2].denominatorIndicator", "targets[3].unit"));
        given().auth().oauth2(issuer(province)).contentType(ContentType.JSON)
                .body(plan(province, own))
                .when().post("/api/v1/plans").then().statusCode(201)
                .body("targets[0].target.indicatorCode", equalTo("VILLAGE_CELLS_WITH_COMMITTEE"))
                .body("targets[0].target.numeratorIndicator", nullValue())
                .body("targets[0].target.denominatorIndicator", equalTo("VILLAGE_CELLS"));
    }

    /**
     * The copy's seed vocabulary (V12) is what the reader's database-free tests name with
     * (IndicatorNaming.SEED_ENTRIES): one vocabulary, checked here so that the two never drift apart.
     */
    @Test
    void shouldHoldTheSeedVocabularyTheReaderKnows() {
        java.util.Set<String> seeds = java.util.Set.of("NEW_MEMBERS_ADMITTED", "TOTAL_MEMBERS",
                "ORGS_RATED_GOOD_OR_BETTER", "ORGS_RATED", "VILLAGE_CELLS_WITH_COMMITTEE", "VILLAGE_CELLS",
                "NEW_MEMBER_RATE", "ORGS_GOOD_RATE", "VILLAGE_CELL_COMMITTEE_RATE");
        List<vn.cascade.reader.IndicatorNaming.Entry> copied = QuarkusTransaction.requiringNew().call(() ->
                vn.cascade.reader.CatalogueNaming.entries(indicators.listAll().stream()
                        .filter(indicator -> seeds.contains(indicator.code)).map(CatalogueIndicator::naming).toList(),
                        LocalDate.now()));
        assertEquals(new java.util.HashSet<>(vn.cascade.reader.IndicatorNaming.SEED_ENTRIES),
                new java.util.HashSet<>(copied));
    }

    /**
     * The importer's vocabulary is the catalogue's: an indicator announced with keywords (as reporting-service
     * announces one an admin adds) names the next import's target, with no deployment. The keyword is given in
     * decomposed Unicode and capitals; the document says it in NFC, lower case.
     */
    @Test
    void shouldNameAnImportedTargetByTheKeywordsOfAnIndicatorTheCatalogueAnnounced() {
        Org province = fixtures.organization("TU-IK", "Tỉnh ủy Từ Khóa " + ThreadLocalRandom.current().nextInt(1_000_000),
                OrganizationLevel.PROVINCIAL, null);
        String share = "FOUR_GOOD_SHARE_" + ThreadLocalRandom.current().nextInt(1_000_000);
        String text = """
                Số %d-CTr/TU
                Đông Hà, ngày 02 tháng 12 năm 2022
                CHƯƠNG TRÌNH HÀNH ĐỘNG
                thực hiện Nghị quyết số 21-NQ/TW

                I. MỤC TIÊU, CHỈ TIÊU
                - Đến năm 2025 có 100%% chi bộ đạt tiêu chuẩn "bốn tốt".

                II. NHIỆM VỤ
                1. Quán triệt Nghị quyết (thường xuyên).
                """;
        given().auth().oauth2(issuer(province)).contentType("text/plain; charset=UTF-8")
                .queryParam("issuingOrganizationCode", province.code())
                .body(text.formatted(Fixtures.documentNumber()).getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/plans/import").then().statusCode(201)
                .body("plan.targets.target.indicatorCode", contains(nullValue()))
                .body("warnings.reason", hasItem(containsString("no catalogue indicator's keywords name this target")));

        String answer = share.replace("SHARE", "ANSWER");
        fixtures.indicator(IndicatorSnapshot.DEFINED, new IndicatorSnapshot(answer, "Chi bộ đạt \"4 tốt\"",
                "Cell meets the four-good standard", "YES_NO", null, null, "chi bộ", "SUM", null, null, List.of(),
                List.of(), 0));
        fixtures.indicator(IndicatorSnapshot.DEFINED, new IndicatorSnapshot(share, "Tỉ lệ chi bộ đạt \"4 tốt\"",
                "Share of four-good cells", "SHARE", answer, null, "%", "SHARE_OF_ORGANIZATIONS", null, null, List.of(),
                List.of(java.text.Normalizer.normalize("CHI BỘ + Bốn Tốt", java.text.Normalizer.Form.NFD)), 0));

        given().auth().oauth2(issuer(province)).contentType("text/plain; charset=UTF-8")
                .queryParam("issuingOrganizationCode", province.code())
                .body(text.formatted(Fixtures.documentNumber()).getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/plans/import").then().statusCode(201)
                .body("plan.targets.target.indicatorCode", contains(share))
                .body("plan.targets[0].target.period.toYear", equalTo(2025))
                .body("warnings.reason", org.hamcrest.Matchers.not(hasItem(containsString("keywords name this target"))));
    }

    private static IndicatorSnapshot rate(String code, LocalDate validTo, long version) {
        return new IndicatorSnapshot(code, "Tỉ lệ chi bộ đạt tiêu chuẩn \"4 tốt\"", "Share of four-good cells", "RATE",
                "FOUR_GOOD_CELLS", "PARTY_CELLS", "%", "RECOMPUTED_RATE", LocalDate.of(2020, 1, 1), validTo, List.of(),
                List.of(), version);
    }

    private static Map<String, Object> target(String code, int value) {
        Map<String, Object> target = new HashMap<>();
        target.put("indicatorCode", code);
        target.put("label", "Hằng năm có ít nhất " + value + "% đạt yêu cầu");
        target.put("comparator", "AT_LEAST");
        target.put("value", value);
        target.put("unit", "PERCENT");
        target.put("period", Map.of("kind", "ANNUALLY", "fromYear", 2023, "toYear", 2025));
        return target;
    }

    @SafeVarargs
    private static Map<String, Object> plan(Org issuer, Map<String, Object>... targets) {
        Map<String, Object> body = new HashMap<>();
        body.put("issuingOrganizationCode", issuer.code());
        body.put("title", "Thực hiện Nghị quyết số 21-NQ/TW về tăng cường củng cố, xây dựng tổ chức cơ sở đảng");
        body.put("targets", List.of(targets));
        return body;
    }

    private static String issuer(Org organization) {
        return TestTokens.user("issuer." + organization.code(), organization.code(), "issuer", "reader");
    }
}
