package vn.cascade.directive;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.cascade.directive.OrganizationFixtures.create;
import static vn.cascade.directive.OrganizationFixtures.uniqueCode;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import vn.cascade.common.events.CloudEventCodec;
import vn.cascade.common.events.IndicatorSnapshot;
import vn.cascade.common.events.Topics;
import vn.cascade.common.testing.KafkaProbe;
import vn.cascade.common.testing.TestTokens;
import vn.cascade.indicators.CatalogueIndicator;
import vn.cascade.indicators.IndicatorCopyRepository;
import vn.cascade.reader.CatalogueNaming;
import vn.cascade.reader.IndicatorNaming;

/**
 * directive-service keeps a copy of the indicator catalogue from cascade.indicators.v1, and its importer names a
 * directive's targets from it: an indicator an admin adds with keywords names the next directive import's targets.
 */
@QuarkusTest
class IndicatorCopyTest {

    private static final String IMPORT = "/api/v1/directives/import";

    @Inject
    CloudEventCodec codec;
    @Inject
    ObjectMapper objectMapper;
    @Inject
    IndicatorCopyRepository indicators;

    @Test
    void shouldNameAnImportedDirectivesTargetByAnIndicatorTheCatalogueAnnounced() throws Exception {
        String province = uniqueCode("TU");
        create(province, "Tỉnh ủy Bốn Tốt " + province, "PROVINCIAL", "PARTY_COMMITTEE", null);
        String text = """
                TỈNH ỦY BỐN TỐT
                Số %d-NQ/TU
                Đông Hà, ngày 14 tháng 11 năm 2022
                NGHỊ QUYẾT
                về xây dựng chi bộ "bốn tốt"
                I- MỤC TIÊU
                - Phấn đấu đến năm 2025 có 100%% chi bộ đạt tiêu chuẩn "bốn tốt".
                """;
        // before the catalogue knows such an indicator, the target keeps its words only
        importing(province, text).body("directive.targets.indicatorCode", contains(nullValue()));

        // when reporting-service announces a share an admin added with keywords (decomposed, capitals)
        String share = "FOUR_GOOD_SHARE_" + ThreadLocalRandom.current().nextInt(1_000_000);
        String answer = share.replace("SHARE", "ANSWER");
        announce(IndicatorSnapshot.DEFINED, new IndicatorSnapshot(answer, "Chi bộ đạt \"4 tốt\"",
                "Cell meets the four-good standard", "YES_NO", null, null, "chi bộ", "SUM", null, null, List.of(),
                List.of(), "CELL", 0));
        announce(IndicatorSnapshot.DEFINED, new IndicatorSnapshot(share, "Tỉ lệ chi bộ đạt \"4 tốt\"",
                "Share of four-good cells", "SHARE", answer, null, "%", "SHARE_OF_ORGANIZATIONS", null, null, List.of(),
                List.of(Normalizer.normalize("CHI BỘ + Bốn Tốt", Normalizer.Form.NFD)), null, 0));
        assertEquals("CELL", QuarkusTransaction.requiringNew().call(() -> indicators.findById(answer).reportedAt));

        // then the next import names the target with it
        importing(province, text).body("directive.targets.indicatorCode", contains(share))
                .body("directive.targets[0].period.toYear", org.hamcrest.Matchers.equalTo(2025));

        // and once retired (a newer version ending its validity before today), it names nothing again
        announce(IndicatorSnapshot.RETIRED, new IndicatorSnapshot(share, "Tỉ lệ chi bộ đạt \"4 tốt\"",
                "Share of four-good cells", "SHARE", answer, null, "%", "SHARE_OF_ORGANIZATIONS", null,
                LocalDate.of(2021, 12, 31), List.of(), List.of("chi bộ + bốn tốt"), null, 1));
        importing(province, text).body("directive.targets.indicatorCode", contains(nullValue()));
    }

    /**
     * The copy's seed (V8) names as the reader's database-free tests do (IndicatorNaming.SEED_ENTRIES) and as
     * plan-service's seeded copy: one vocabulary, checked so that they never drift apart.
     */
    @Test
    void shouldHoldTheSeedVocabularyTheReaderKnows() {
        Set<String> seeds = Set.of("NEW_MEMBERS_ADMITTED", "TOTAL_MEMBERS", "ORGS_RATED_GOOD_OR_BETTER", "ORGS_RATED",
                "VILLAGE_CELLS_WITH_COMMITTEE", "VILLAGE_CELLS", "NEW_MEMBER_RATE", "ORGS_GOOD_RATE",
                "VILLAGE_CELL_COMMITTEE_RATE");
        List<IndicatorNaming.Entry> copied = QuarkusTransaction.requiringNew().call(() -> CatalogueNaming.entries(
                indicators.listAll().stream().filter(indicator -> seeds.contains(indicator.code))
                        .map(CatalogueIndicator::naming).toList(), LocalDate.now()));
        assertEquals(new HashSet<>(IndicatorNaming.SEED_ENTRIES), new HashSet<>(copied));
    }

    private static io.restassured.response.ValidatableResponse importing(String province, String text) {
        return given().auth().oauth2(TestTokens.user("issuer." + province, province, "issuer", "reader"))
                .contentType("text/plain; charset=UTF-8").queryParam("issuingOrganizationCode", province)
                .body(text.formatted(ThreadLocalRandom.current().nextInt(100, 99_999)).getBytes(StandardCharsets.UTF_8))
                .when().post(IMPORT).then().statusCode(201);
    }

    /** Publishes as reporting-service does, keyed by the code, and waits until the copy holds the version. */
    private void announce(String type, IndicatorSnapshot indicator) throws Exception {
        KafkaProbe.send(Topics.INDICATORS, indicator.code(), codec.encode(UUID.randomUUID().toString(),
                URI.create("/cascade/reporting-service"), type, indicator.code(), OffsetDateTime.now(),
                objectMapper.writeValueAsString(indicator)));
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> indicators.findByIdOptional(indicator.code())
                        .map(found -> found.version >= indicator.version()).orElse(false)));
    }
}
