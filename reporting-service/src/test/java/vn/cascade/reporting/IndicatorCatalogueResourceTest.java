package vn.cascade.reporting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.cascade.common.documents.Target;
import vn.cascade.common.documents.Target.Comparator;
import vn.cascade.common.documents.Target.TargetPeriod;
import vn.cascade.common.events.CloudEventCodec;
import vn.cascade.common.events.IndicatorSnapshot;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.events.PlanSnapshot;
import vn.cascade.common.events.PlanSnapshot.ReportingRequirement;
import vn.cascade.common.events.ReportingFrequency;
import vn.cascade.common.events.Topics;
import vn.cascade.common.testing.KafkaProbe;
import vn.cascade.common.testing.TestTokens;
import vn.cascade.reporting.TestOrganizations.Org;

/**
 * Indicators are data: an admin adds one, a plan targets it, reports give it, the roll-up sums it and assesses
 * the target, with no deployment. The year is 2024 and the new indicators are in use in 2024 only, so the other
 * tests' 2025 roll-ups keep showing the nine seeded indicators.
 */
@QuarkusTest
class IndicatorCatalogueResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String ADMIN = TestTokens.user("admin", "TW-ADMIN", "admin");

    @Inject
    TestOrganizations organizations;
    @Inject
    TestPlans plans;
    @Inject
    CloudEventCodec codec;
    @Inject
    ObjectMapper objectMapper;

    @Test
    void shouldSeedTheNineIndicatorsWithTheImportersAlias() {
        JsonPath catalogue = given().auth().oauth2(TestTokens.user("r", "TU-X", "reader")).queryParam("size", 200)
                .when().get("/api/v1/indicators").then().statusCode(200).extract().jsonPath();
        assertTrue(catalogue.getList("items.code").containsAll(List.of("NEW_MEMBERS_ADMITTED", "TOTAL_MEMBERS",
                "ORGS_RATED_GOOD_OR_BETTER", "ORGS_RATED", "VILLAGE_CELLS_WITH_COMMITTEE", "VILLAGE_CELLS",
                "NEW_MEMBER_RATE", "ORGS_GOOD_RATE", "VILLAGE_CELL_COMMITTEE_RATE")));
        String rate = "items.find { it.code == 'ORGS_GOOD_RATE' }";
        assertEquals("Tỉ lệ tổ chức đảng hoàn thành tốt nhiệm vụ trở lên", catalogue.getString(rate + ".nameVi"));
        assertEquals("RATE", catalogue.getString(rate + ".kind"));
        assertEquals("RECOMPUTED_RATE", catalogue.getString(rate + ".aggregation"));
        assertEquals("ORGS_RATED", catalogue.getString(rate + ".denominator"));
        assertEquals(List.of("GOOD_RATING_RATE"), catalogue.getList(rate + ".aliases"));
        assertEquals("SUM", catalogue.getString("items.find { it.code == 'TOTAL_MEMBERS' }.aggregation"));
    }

    @Test
    void shouldSumAnIndicatorAnAdminAddedAndAssessItsTargetAndTheImportersRatingTarget() {
        // given an admin adds a count and a rate of it to the catalogue (suffixed: the test database is shared)
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', '_');
        String cells = "FOUR_GOOD_CELLS_" + suffix;
        String rate = "FOUR_GOOD_CELL_RATE_" + suffix;
        add(count(cells)).statusCode(201).body("aggregation", equalTo("SUM")).body("version", equalTo(0));
        add(rate(rate, cells, "VILLAGE_CELLS")).statusCode(201).body("aggregation", equalTo("RECOMPUTED_RATE"));
        // and a province, two districts, and the province's plan targeting them (and the rating rate by the
        // importer's name GOOD_RATING_RATE), the districts reporting yearly to the province
        Org province = organizations.organization("TU", "Tỉnh ủy Quảng Trị", OrganizationLevel.PROVINCIAL, null);
        Org vinhLinh = organizations.organization("HU", "Huyện ủy Vĩnh Linh", OrganizationLevel.DISTRICT, province);
        Org gioLinh = organizations.organization("HU", "Huyện ủy Gio Linh", OrganizationLevel.DISTRICT, province);
        issue(province, List.of(
                        target(cells, Comparator.AT_LEAST, 5, Target.Unit.COUNT),
                        target(rate, Comparator.AT_LEAST, 50, Target.Unit.PERCENT),
                        target("GOOD_RATING_RATE", Comparator.AT_LEAST, 90, Target.Unit.PERCENT)),
                new ReportingRequirement(UUID.randomUUID(), List.of(vinhLinh.ref(), gioLinh.ref()), province.ref(),
                        null, Set.of(ReportingFrequency.ANNUAL), List.of(2024), 15, 7));

        // when a district reports an unknown code and a rate, the report is refused, listing both
        String obligation = obligation(vinhLinh);
        Map<String, Object> wrong = new HashMap<>();
        wrong.put("obligationId", obligation);
        wrong.put("indicators", Map.of(cells, 4, "PARTY_FEES_" + suffix, 3, "NEW_MEMBER_RATE", 2));
        given().auth().oauth2(reporter(vinhLinh)).contentType(ContentType.JSON).body(wrong)
                .when().post("/api/v1/reports").then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", contains("indicators.NEW_MEMBER_RATE", "indicators.PARTY_FEES_" + suffix))
                .body("detail", containsString("PARTY_FEES_" + suffix));
        // worded in Vietnamese without Accept-Language and with vi, in English with en
        for (String language : new String[] {null, "vi", "en"}) {
            var request = given().auth().oauth2(reporter(vinhLinh)).contentType(ContentType.JSON).body(wrong);
            if (language != null) {
                request.header("Accept-Language", language);
            }
            boolean english = "en".equals(language);
            request.when().post("/api/v1/reports").then().statusCode(422).contentType(PROBLEM)
                    .body("title", equalTo(english ? "Request cannot be processed" : "Không thể xử lý yêu cầu"))
                    .body("detail", equalTo(english
                            ? "The catalogue does not take NEW_MEMBER_RATE, PARTY_FEES_" + suffix + " in a report of 2024"
                            : "Danh mục chỉ tiêu không nhận NEW_MEMBER_RATE, PARTY_FEES_" + suffix
                                    + " trong báo cáo năm 2024"))
                    .body("errors[0].message", equalTo(english
                            ? "a rate is computed from NEW_MEMBERS_ADMITTED and TOTAL_MEMBERS; report those"
                            : "tỉ lệ được tính từ NEW_MEMBERS_ADMITTED và TOTAL_MEMBERS; hãy báo cáo hai số liệu đó"))
                    .body("errors[1].message", equalTo(english
                            ? "unknown indicator PARTY_FEES_" + suffix + "; GET /api/v1/indicators lists them"
                            : "chỉ tiêu PARTY_FEES_" + suffix + " không có trong danh mục; xem danh mục tại GET /api/v1/indicators"));
        }
        // and both districts report the new indicator (4 of 10 cells, 3 of 5) and the ratings
        accept(report(vinhLinh, obligation, Map.of(cells, 4, "VILLAGE_CELLS", 10, "ORGS_RATED_GOOD_OR_BETTER", 9,
                "ORGS_RATED", 10)), province);
        accept(report(gioLinh, obligation(gioLinh), Map.of(cells, 3, "VILLAGE_CELLS", 5,
                "ORGS_RATED_GOOD_OR_BETTER", 19, "ORGS_RATED", 20)), province);

        // then the province's default roll-up of 2024 sums the new count (7, at least 5: met), recomputes the new
        // rate (7 of 15 = 46.67 %, below 50 %) and assesses the importer's rating target (28 of 30 = 93.33 %)
        JsonPath rollup = given().auth().oauth2(TestTokens.user("rv", province.code(), "reviewer"))
                .queryParams(Map.of("organization", province.code(), "periodKind", "YEAR", "year", "2024"))
                .when().get("/api/v1/rollups").then().statusCode(200)
                .body("indicators", hasItems(cells, rate, "ORGS_GOOD_RATE"))
                .body("total.reportingOrganizations", equalTo(2)).extract().jsonPath();
        assertFigure(rollup, cells, "7", "MET");
        assertEquals("COUNT", rollup.getString(figure(cells) + ".kind"));
        assertEquals("Số chi bộ đạt tiêu chuẩn \"4 tốt\"", rollup.getString(figure(cells) + ".name"));
        assertFigure(rollup, rate, "46.67", "NOT_MET");
        assertEquals(15, rollup.getInt(figure(rate) + ".denominator"));
        assertFigure(rollup, "ORGS_GOOD_RATE", "93.33", "MET");
        assertEquals("Hằng năm GOOD_RATING_RATE", rollup.getString(figure("ORGS_GOOD_RATE") + ".targets[0].label"));
        assertEquals(0, new BigDecimal("85").compareTo(new BigDecimal(
                rollup.getString(figure("ORGS_GOOD_RATE") + ".targets[0].baselineValue"))));
        // and the export carries the new indicator's column and sum
        String csv = new String(given().auth().oauth2(TestTokens.user("rv", province.code(), "reviewer"))
                .queryParams(Map.of("organization", province.code(), "periodKind", "YEAR", "year", "2024",
                        "format", "csv"))
                .when().get("/api/v1/rollups").then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("Số chi bộ đạt tiêu chuẩn \"\"4 tốt\"\" (" + cells + ") – đánh giá"), csv);
        assertTrue(csv.lines().anyMatch(line -> line.startsWith("Tổng") && line.contains(",7,Đạt")), csv);
        // and a roll-up naming the alias shows the indicator under its own code
        given().auth().oauth2(TestTokens.user("rv", province.code(), "reviewer"))
                .queryParams(Map.of("organization", province.code(), "periodKind", "YEAR", "year", "2024",
                        "indicators", "GOOD_RATING_RATE"))
                .when().get("/api/v1/rollups").then().statusCode(200)
                .body("indicators", contains("ORGS_GOOD_RATE")).body("total.figures[0].result", equalTo("MET"));
    }

    @Test
    void shouldRollUpYesNoAnswersAsAShareOfOrganisationsAndACountAsItsLargestValue() {
        // given an admin adds a yes/no indicator (did the commune's cells all meet the "four good" standard?), the
        // share of organisations answering yes, and a count taken as its largest value (members of the largest
        // cell); none is standing
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', '_');
        String met = "ALL_CELLS_FOUR_GOOD_" + suffix;
        String share = "ALL_CELLS_FOUR_GOOD_SHARE_" + suffix;
        String largest = "LARGEST_CELL_MEMBERS_" + suffix;
        String other = "PARTY_FEES_" + suffix;
        Map<String, Object> yesNo = count(met);
        yesNo.put("kind", "YES_NO");
        add(yesNo).statusCode(201).body("aggregation", equalTo("SUM")).body("standing", equalTo(false));
        Map<String, Object> shareOf = count(share);
        shareOf.put("kind", "SHARE");
        shareOf.put("unit", "%");
        shareOf.put("numerator", met);
        add(shareOf).statusCode(201).body("aggregation", equalTo("SHARE_OF_ORGANIZATIONS"));
        Map<String, Object> max = count(largest);
        max.put("aggregation", "MAX");
        add(max).statusCode(201).body("aggregation", equalTo("MAX"));
        add(count(other)).statusCode(201);
        // a share counts a yes/no indicator's answers, not a count's; a yes/no indicator cannot take MAX
        Map<String, Object> shareOfCount = count("BAD_SHARE_" + suffix);
        shareOfCount.put("kind", "SHARE");
        shareOfCount.put("numerator", largest);
        add(shareOfCount).statusCode(422).body("errors.field", contains("numerator"));
        Map<String, Object> yesNoMax = count("BAD_YES_NO_" + suffix);
        yesNoMax.put("kind", "YES_NO");
        yesNoMax.put("aggregation", "MAX");
        add(yesNoMax).statusCode(400).body("errors.field", contains("aggregation"));

        // and a province's plan with targets on the share (at least 60 %) and the largest cell (at most 60 members),
        // three districts reporting yearly
        Org province = organizations.organization("TU", "Tỉnh ủy Bốn Tốt", OrganizationLevel.PROVINCIAL, null);
        Org first = organizations.organization("HU", "Huyện ủy Một", OrganizationLevel.DISTRICT, province);
        Org second = organizations.organization("HU", "Huyện ủy Hai", OrganizationLevel.DISTRICT, province);
        Org third = organizations.organization("HU", "Huyện ủy Ba", OrganizationLevel.DISTRICT, province);
        issue(province, List.of(target(share, Comparator.AT_LEAST, 60, Target.Unit.PERCENT),
                        target(largest, Comparator.AT_MOST, 60, Target.Unit.COUNT)),
                new ReportingRequirement(UUID.randomUUID(), List.of(first.ref(), second.ref(), third.ref()),
                        province.ref(), null, Set.of(ReportingFrequency.ANNUAL), List.of(2024), 15, 7));

        // when a district answers the yes/no indicator with 2, or gives a count the plan does not ask for, the
        // report is refused with the code
        String obligation = obligation(first);
        given().auth().oauth2(reporter(first)).contentType(ContentType.JSON)
                .body(Map.of("obligationId", obligation, "indicators", Map.of(met, 2)))
                .when().post("/api/v1/reports").then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", contains("indicators." + met));
        given().auth().oauth2(reporter(first)).contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(Map.of("obligationId", obligation, "indicators", Map.of(met, 1, other, 3, "TOTAL_MEMBERS", 90)))
                .when().post("/api/v1/reports").then().statusCode(422).contentType(PROBLEM)
                .body("detail", equalTo("Plan 52-KH/TU does not ask for " + other))
                .body("errors.field", contains("indicators." + other));

        // and the districts answer yes, no, yes with their largest cells of 45, 72 and 38 members (the standing
        // TOTAL_MEMBERS beside them)
        accept(report(first, obligation, Map.of(met, 1, largest, 45, "TOTAL_MEMBERS", 900)), province);
        accept(report(second, obligation(second), Map.of(met, 0, largest, 72, "TOTAL_MEMBERS", 1200)), province);
        accept(report(third, obligation(third), Map.of(met, 1, largest, 38)), province);

        // then the province's roll-up: 2 of the 3 answered yes (66.67 %, at least 60: met), the yes/no indicator
        // itself counts the yeses (2), the largest cell is 72 (more than 60: not met)
        JsonPath rollup = given().auth().oauth2(TestTokens.user("rv", province.code(), "reviewer"))
                .queryParams(Map.of("organization", province.code(), "periodKind", "YEAR", "year", "2024",
                        "indicators", String.join(",", share, met, largest)))
                .when().get("/api/v1/rollups").then().statusCode(200).extract().jsonPath();
        assertFigure(rollup, share, "66.67", "MET");
        assertEquals("SHARE", rollup.getString(figure(share) + ".kind"));
        assertEquals(2, rollup.getInt(figure(share) + ".numerator"));
        assertEquals(3, rollup.getInt(figure(share) + ".denominator"));
        assertFigure(rollup, met, "2", "NO_TARGET");
        assertEquals("YES_NO", rollup.getString(figure(met) + ".kind"));
        assertFigure(rollup, largest, "72", "NOT_MET");
        // and each district's row shows its own answer: the second district's share is 0 of 1
        String secondRow = "subordinates.find { it.organization.code == '" + second.code() + "' }.figures.find { "
                + "it.indicator == '" + share + "' }";
        assertEquals(0, new BigDecimal(rollup.getString(secondRow + ".value")).signum());
        assertEquals(1, rollup.getInt(secondRow + ".denominator"));
    }

    @Test
    void shouldLetOnlyAnAdminChangeTheCatalogueAtTheVersionItRead() {
        String code = "PARTY_FEES_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        given().auth().oauth2(TestTokens.user("rv", "TU-X", "reviewer")).contentType(ContentType.JSON)
                .body(count(code)).when().post("/api/v1/indicators").then().statusCode(403);
        given().contentType(ContentType.JSON).body(count(code)).when().post("/api/v1/indicators")
                .then().statusCode(401);
        add(count(code)).statusCode(201);
        add(count(code)).statusCode(409).contentType(PROBLEM);

        Map<String, Object> renamed = count(code);
        renamed.remove("code");
        renamed.put("nameVi", "Số đảng viên đóng đảng phí đầy đủ");
        renamed.put("version", 0);
        change(code, renamed).statusCode(200).body("version", equalTo(1))
                .body("nameVi", equalTo("Số đảng viên đóng đảng phí đầy đủ"));
        change(code, renamed).statusCode(409).contentType(PROBLEM);
        renamed.remove("version");
        change(code, renamed).statusCode(400).body("errors[0].field", equalTo("version"));
        change("NO_SUCH_" + code, Map.of("version", 0, "nameVi", "x", "nameEn", "x", "kind", "COUNT", "unit", "x"))
                .statusCode(404);

        // a rate must divide two counts the catalogue holds; a count rates divide stays a count; aliases are unique
        add(rate("BAD_RATE_" + code, "NO_SUCH_COUNT", "NEW_MEMBER_RATE")).statusCode(422).contentType(PROBLEM)
                .body("errors.field", contains("numerator", "denominator"));
        Map<String, Object> toRate = rate(code, "VILLAGE_CELLS_WITH_COMMITTEE", "VILLAGE_CELLS");
        toRate.remove("code");
        toRate.put("version", 0);
        change("ORGS_RATED", toRate).statusCode(422).body("errors.field", contains("kind"));
        Map<String, Object> stolen = count("ALIAS_THIEF_" + code);
        stolen.put("aliases", List.of("GOOD_RATING_RATE"));
        add(stolen).statusCode(422).body("errors.field", hasItem("aliases"));
        Map<String, Object> malformed = count("lower case");
        add(malformed).statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("code"));
    }

    @Test
    void shouldAnnounceTheSeedAndEveryChangeOnTheCataloguesTopic() throws Exception {
        // the catalogue held before events existed is announced once (V16), aliases included
        IndicatorSnapshot seeded = announced(event -> "ORGS_GOOD_RATE".equals(event.getSubject()));
        assertEquals(List.of("GOOD_RATING_RATE"), seeded.aliases());
        assertEquals("ORGS_RATED", seeded.denominator());

        String code = "PARTY_FEES_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Map<String, Object> inUse = count(code);
        inUse.remove("validTo");
        add(inUse).statusCode(201);
        Map<String, Object> changed = count(code);
        changed.remove("code");
        changed.remove("validTo");
        changed.put("nameVi", "Số đảng viên đóng đảng phí đầy đủ");
        changed.put("version", 0);
        change(code, changed).statusCode(200);
        changed.put("version", 1);
        changed.put("validFrom", "2020-01-01");
        changed.put("validTo", "2021-12-31");
        change(code, changed).statusCode(200).body("version", equalTo(2));

        // defined at version 0, changed at 1, retired at 2 (its validity ended before today), keyed by the code
        List<io.cloudevents.CloudEvent> events = KafkaProbe.events(Topics.INDICATORS, Duration.ofSeconds(30),
                event -> code.equals(event.getSubject()) && IndicatorSnapshot.RETIRED.equals(event.getType()))
                .stream().filter(event -> code.equals(event.getSubject())).toList();
        assertEquals(List.of(IndicatorSnapshot.DEFINED, IndicatorSnapshot.CHANGED, IndicatorSnapshot.RETIRED),
                events.stream().map(io.cloudevents.CloudEvent::getType).toList());
        IndicatorSnapshot retired = codec.data(events.get(2), IndicatorSnapshot.class);
        assertEquals(2, retired.version());
        assertEquals(LocalDate.of(2021, 12, 31), retired.validTo());
        assertEquals("Số đảng viên đóng đảng phí đầy đủ", retired.nameVi());
        assertEquals("COUNT", retired.kind());
        assertEquals(0, codec.data(events.get(0), IndicatorSnapshot.class).version());
    }

    /**
     * A target's own numerator and denominator: "60 % of party cells meet the four-good standard" set on the count
     * of four-good cells, with the count of party cells as its denominator, is measured as the two counts summed over
     * the subtree and divided (never an average of the districts' percentages), with its progress from its
     * baseline; the figure itself stays the count, and a count target on it is measured by the sum.
     */
    @Test
    void shouldMeasureAPercentTargetOnACountByItsOwnNumeratorAndDenominator() {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', '_');
        String fourGood = "FOUR_GOOD_" + suffix;
        String cells = "PARTY_CELLS_" + suffix;
        add(count(fourGood)).statusCode(201);
        add(count(cells)).statusCode(201);
        Org province = organizations.organization("TU", "Tỉnh ủy Tử Mẫu", OrganizationLevel.PROVINCIAL, null);
        Org first = organizations.organization("HU", "Huyện ủy Tử Số", OrganizationLevel.DISTRICT, province);
        Org second = organizations.organization("HU", "Huyện ủy Mẫu Số", OrganizationLevel.DISTRICT, province);
        Target share = new Target(fourGood, "Hằng năm có từ 60% chi bộ trở lên đạt \"4 tốt\"", Comparator.AT_LEAST,
                BigDecimal.valueOf(60), null, Target.Unit.PERCENT, new TargetPeriod(TargetPeriod.Kind.ANNUALLY, 2021, 2025),
                BigDecimal.valueOf(40), LocalDate.of(2020, 12, 31), null, cells);
        issue(province, List.of(share, target(fourGood, Comparator.AT_LEAST, 5, Target.Unit.COUNT)),
                new ReportingRequirement(UUID.randomUUID(), List.of(first.ref(), second.ref()), province.ref(),
                        null, Set.of(ReportingFrequency.ANNUAL), List.of(2024), 15, 7));
        // the plan asks for the denominator: a report may give it though it is not standing
        accept(report(first, obligation(first), Map.of(fourGood, 4, cells, 5)), province);
        accept(report(second, obligation(second), Map.of(fourGood, 3, cells, 7)), province);

        // 7 of 12 cells = 58.33 %, short of 60 %: 91.67 % of the way from 40 %; the count 7 meets "at least 5";
        // the denominator is summed even when the roll-up is asked for the four-good cells only
        for (Map<String, String> asked : List.of(Map.<String, String>of(), Map.of("indicators", fourGood))) {
            Map<String, String> query = new HashMap<>(Map.of("organization", province.code(), "periodKind", "YEAR",
                    "year", "2024"));
            query.putAll(asked);
            JsonPath rollup = given().auth().oauth2(TestTokens.user("rv", province.code(), "reviewer"))
                    .queryParams(query).when().get("/api/v1/rollups").then().statusCode(200).extract().jsonPath();
            String percent = figure(fourGood) + ".targets.find { it.unit == 'PERCENT' }";
            String counted = figure(fourGood) + ".targets.find { it.unit == 'COUNT' }";
            assertFigure(rollup, fourGood, "7", "NOT_MET");
            assertEquals("NOT_MET", rollup.getString(percent + ".result"), asked.toString());
            assertEquals(0, new BigDecimal("58.33").compareTo(new BigDecimal(rollup.getString(percent + ".measured"))));
            assertEquals(0, new BigDecimal("91.67").compareTo(new BigDecimal(rollup.getString(percent + ".progress"))));
            assertEquals(fourGood, rollup.getString(percent + ".numeratorIndicator"));
            assertEquals(cells, rollup.getString(percent + ".denominatorIndicator"));
            assertEquals(7, rollup.getInt(percent + ".numerator"));
            assertEquals(12, rollup.getInt(percent + ".denominator"));
            assertEquals("MET", rollup.getString(counted + ".result"));
            assertEquals(0, new BigDecimal("7").compareTo(new BigDecimal(rollup.getString(counted + ".measured"))));
            assertEquals(null, rollup.getString(counted + ".denominatorIndicator"));
            // each district against the plan that binds it: 4 of 5 = 80 % met, 3 of 7 = 42.86 % not
            String row = "subordinates.find { it.organization.code == '%s' }.figures.find { it.indicator == '"
                    + fourGood + "' }.targets.find { it.unit == 'PERCENT' }";
            assertEquals("MET", rollup.getString(row.formatted(first.code()) + ".result"));
            assertEquals(0, new BigDecimal("80.00").compareTo(new BigDecimal(rollup.getString(row.formatted(first.code())
                    + ".measured"))));
            assertEquals("NOT_MET", rollup.getString(row.formatted(second.code()) + ".result"));
        }
    }

    /**
     * The importer's vocabulary is catalogue data: an admin gives an indicator keywords (stored NFC, spaces
     * collapsed), and the event plan-service keeps its copy from carries them; the seed has the importer's words
     * (V18), announced as a change.
     */
    @Test
    void shouldKeepAndAnnounceTheKeywordsByWhichTheImporterNamesAnIndicator() {
        IndicatorSnapshot seeded = announced(event -> "ORGS_GOOD_RATE".equals(event.getSubject())
                && IndicatorSnapshot.CHANGED.equals(event.getType()));
        assertEquals(List.of("hoàn thành tốt nhiệm vụ"), seeded.keywords());
        given().auth().oauth2(TestTokens.user("r", "TU-X", "reader")).when().get("/api/v1/indicators/{code}",
                "VILLAGE_CELL_COMMITTEE_RATE").then().statusCode(200).body("keywords", contains("chi ủy + chi bộ"));

        String code = "FOUR_GOOD_WORDS_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Map<String, Object> body = count(code);
        body.put("keywords", List.of(java.text.Normalizer.normalize("  chi  bộ+bốn tốt ", java.text.Normalizer.Form.NFD),
                "chi bộ 4 tốt"));
        add(body).statusCode(201).body("keywords", contains("chi bộ + bốn tốt", "chi bộ 4 tốt"));
        IndicatorSnapshot announced = announced(event -> code.equals(event.getSubject()));
        assertEquals(List.of("chi bộ + bốn tốt", "chi bộ 4 tốt"), announced.keywords());

        Map<String, Object> figureOnly = count("NO_WORDS_" + code);
        figureOnly.put("keywords", List.of("100 %", "chi bộ + 4"));
        add(figureOnly).statusCode(400).contentType(PROBLEM)
                .body("errors.field", contains("keywords[0]", "keywords[1]"));
    }

    /**
     * The level an indicator is reported at: an admin adds a count entered by the grassroots organisations; a
     * district committee that gives it is refused (it sees the figure rolled up), the communes give it, and the
     * province's roll-up sums it, the district's row included. The level travels on the catalogue's events.
     */
    @Test
    void shouldTakeAnIndicatorOnlyFromTheLevelItIsReportedAt() {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', '_');
        String cells = "FOUR_GOOD_VILLAGE_CELLS_" + suffix;
        Map<String, Object> grassroots = count(cells);
        grassroots.put("reportedAt", "GRASSROOTS");
        add(grassroots).statusCode(201).body("reportedAt", equalTo("GRASSROOTS"));
        // a rate is computed: its parts carry the level, it has none of its own
        Map<String, Object> rated = rate("FOUR_GOOD_VILLAGE_RATE_" + suffix, cells, "VILLAGE_CELLS");
        rated.put("reportedAt", "GRASSROOTS");
        add(rated).statusCode(201).body("reportedAt", equalTo(null));
        assertEquals("GRASSROOTS", announced(event -> cells.equals(event.getSubject())).reportedAt());
        given().auth().oauth2(TestTokens.user("r", "TU-X", "reader")).when()
                .get("/api/v1/indicators/{code}", "TOTAL_MEMBERS").then().statusCode(200)
                .body("reportedAt", equalTo(null));

        Org province = organizations.organization("TU", "Tỉnh ủy Cơ Sở", OrganizationLevel.PROVINCIAL, null);
        Org district = organizations.organization("HU", "Huyện ủy Cơ Sở", OrganizationLevel.DISTRICT, province);
        Org first = organizations.organization("DU", "Đảng ủy xã Một", OrganizationLevel.GRASSROOTS, district);
        Org second = organizations.organization("DU", "Đảng ủy xã Hai", OrganizationLevel.GRASSROOTS, district);
        issue(province, List.of(target(cells, Comparator.AT_LEAST, 5, Target.Unit.COUNT)),
                new ReportingRequirement(UUID.randomUUID(), List.of(district.ref(), first.ref(), second.ref()),
                        province.ref(), null, Set.of(ReportingFrequency.ANNUAL), List.of(2024), 15, 7));

        // when the district gives the grassroots count (beside a standing count every level gives), it is refused
        // with the code, in Vietnamese by default and in English on request
        String districtObligation = obligation(district);
        Map<String, Object> wrong = Map.of("obligationId", districtObligation,
                "indicators", Map.of(cells, 9, "TOTAL_MEMBERS", 900));
        given().auth().oauth2(reporter(district)).contentType(ContentType.JSON).body(wrong)
                .when().post("/api/v1/reports").then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", contains("indicators." + cells))
                .body("detail", equalTo("Tổ chức cấp DISTRICT không trực tiếp báo cáo " + cells
                        + ": theo danh mục, các chỉ tiêu này được nhập ở cấp khác"))
                .body("errors[0].message", equalTo("chỉ tiêu chỉ do tổ chức cấp GRASSROOTS nhập; tổ chức cấp "
                        + "DISTRICT xem số tổng hợp"));
        given().auth().oauth2(reporter(district)).contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(wrong).when().post("/api/v1/reports").then().statusCode(422).contentType(PROBLEM)
                .body("detail", equalTo("A DISTRICT organisation does not enter " + cells
                        + ": the catalogue has them entered at another level"))
                .body("errors[0].message", equalTo("entered by GRASSROOTS organisations only; a DISTRICT "
                        + "organisation sees it rolled up"));

        // and the district reports what it enters, the communes the grassroots count
        accept(report(district, districtObligation, Map.of("TOTAL_MEMBERS", 900)), province);
        accept(report(first, obligation(first), Map.of(cells, 4)), province);
        accept(report(second, obligation(second), Map.of(cells, 2)), province);

        // then the province's roll-up sums the communes' 6 (at least 5: met), shown on the district's row too
        JsonPath rollup = given().auth().oauth2(TestTokens.user("rv", province.code(), "reviewer"))
                .queryParams(Map.of("organization", province.code(), "periodKind", "YEAR", "year", "2024",
                        "indicators", cells))
                .when().get("/api/v1/rollups").then().statusCode(200).extract().jsonPath();
        assertFigure(rollup, cells, "6", "MET");
        String districtRow = "subordinates.find { it.organization.code == '" + district.code() + "' }.figures.find { "
                + "it.indicator == '" + cells + "' }";
        assertEquals(0, new BigDecimal("6").compareTo(new BigDecimal(rollup.getString(districtRow + ".value"))));
    }

    private IndicatorSnapshot announced(java.util.function.Predicate<io.cloudevents.CloudEvent> wanted) {
        return KafkaProbe.events(Topics.INDICATORS, Duration.ofSeconds(30), wanted).stream().filter(wanted)
                .findFirst().map(event -> codec.data(event, IndicatorSnapshot.class))
                .orElseThrow(() -> new AssertionError("not announced on " + Topics.INDICATORS));
    }

    // --- the catalogue through the API ---

    private static io.restassured.response.ValidatableResponse add(Map<String, Object> body) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body).when()
                .post("/api/v1/indicators").then();
    }

    private static io.restassured.response.ValidatableResponse change(String code, Map<String, Object> body) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(body).when()
                .put("/api/v1/indicators/{code}", code).then();
    }

    /** A count in use in 2024 only. */
    private static Map<String, Object> count(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("nameVi", "Số chi bộ đạt tiêu chuẩn \"4 tốt\"");
        body.put("nameEn", "Party cells meeting the 'four good' standard");
        body.put("kind", "COUNT");
        body.put("unit", "chi bộ");
        body.put("validFrom", "2024-01-01");
        body.put("validTo", "2024-12-31");
        return body;
    }

    private static Map<String, Object> rate(String code, String numerator, String denominator) {
        Map<String, Object> body = count(code);
        body.put("nameVi", "Tỉ lệ chi bộ đạt tiêu chuẩn \"4 tốt\"");
        body.put("kind", "RATE");
        body.put("unit", "%");
        body.put("numerator", numerator);
        body.put("denominator", denominator);
        return body;
    }

    // --- given: a plan as plan-service announces it, reports through the API ---

    private void issue(Org issuer, List<Target> targets, ReportingRequirement requirement) {
        UUID id = UUID.randomUUID();
        PlanSnapshot plan = new PlanSnapshot(id, "52-KH/TU", "KH", issuer.id(), issuer.code(), LocalDate.of(2024, 1, 9),
                "Kế hoạch xây dựng chi bộ \"4 tốt\"", "ISSUED", 1, null, null, List.of(), targets, List.of(),
                List.of(requirement), null);
        String eventId = UUID.randomUUID().toString();
        try {
            KafkaProbe.send(Topics.PLANS, id.toString(), codec.encode(eventId, URI.create("/cascade/plan-service"),
                    PlanSnapshot.ISSUED, id.toString(), OffsetDateTime.now(), objectMapper.writeValueAsString(plan)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> plans.applied(eventId));
    }

    private static Target target(String indicator, Comparator comparator, int value, Target.Unit unit) {
        return new Target(indicator, "Hằng năm " + indicator, comparator, BigDecimal.valueOf(value), null, unit,
                new TargetPeriod(TargetPeriod.Kind.ANNUALLY, 2021, 2025), BigDecimal.valueOf(85),
                LocalDate.of(2020, 12, 31), null, null);
    }

    private static String obligation(Org organization) {
        return given().auth().oauth2(reporter(organization)).queryParam("year", 2024).queryParam("periodKind", "YEAR")
                .when().get("/api/v1/obligations").then().statusCode(200).body("total", equalTo(1))
                .extract().path("items[0].id");
    }

    /** Drafts and submits the report; returns its id. */
    private static String report(Org organization, String obligationId, Map<String, Integer> indicators) {
        Map<String, Object> body = new HashMap<>();
        body.put("obligationId", obligationId);
        body.put("indicators", indicators);
        body.put("narrative", Map.of("results", "Báo cáo kết quả năm 2024 của " + organization.name()));
        String id = given().auth().oauth2(reporter(organization)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/reports").then().statusCode(201).extract().path("id");
        given().auth().oauth2(reporter(organization)).contentType(ContentType.JSON).body(Map.of("version", 0))
                .when().post("/api/v1/reports/{id}/submit", id).then().statusCode(200);
        return id;
    }

    private static void accept(String reportId, Org recipient) {
        given().auth().oauth2(TestTokens.user("rv", recipient.code(), "reviewer")).contentType(ContentType.JSON)
                .body(Map.of("version", 1)).when().post("/api/v1/reports/{id}/accept", reportId).then().statusCode(200);
    }

    private static String figure(String indicator) {
        return "total.figures.find { it.indicator == '" + indicator + "' }";
    }

    private static void assertFigure(JsonPath rollup, String indicator, String value, String result) {
        Object actual = rollup.get(figure(indicator) + ".value");
        assertEquals(0, new BigDecimal(value).compareTo(new BigDecimal(String.valueOf(actual))),
                indicator + ": " + actual);
        assertEquals(result, rollup.getString(figure(indicator) + ".result"), indicator);
    }

    private static String reporter(Org organization) {
        return TestTokens.user("reporter-" + organization.code(), organization.code(), "reporter");
    }
}
