package vn.cascade.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cascade.common.domain.Violation;

class IndicatorCatalogueTest {

    private static final IndicatorCatalogue SEED = SeedIndicators.CATALOGUE;

    @Test
    void shouldListEveryReportedCodeItDoesNotTake() {
        List<Violation> refused = SEED.notReportable(List.of("TOTAL_MEMBERS", "PARTY_FEES", "NEW_MEMBER_RATE",
                "GOOD_RATING_RATE"), 2025);
        assertEquals(List.of("indicators.GOOD_RATING_RATE", "indicators.NEW_MEMBER_RATE", "indicators.PARTY_FEES"),
                refused.stream().map(Violation::field).toList());
    }

    @Test
    void shouldRefuseAnIndicatorOutsideItsValidity() {
        List<Indicator> indicators = new ArrayList<>(SEED.all());
        Indicator fees = SeedIndicators.count("PARTY_FEES", 140);
        fees.validFrom = LocalDate.of(2026, 1, 1);
        indicators.add(fees);
        IndicatorCatalogue catalogue = new IndicatorCatalogue(indicators);
        assertEquals(1, catalogue.notReportable(List.of("PARTY_FEES"), 2025).size());
        assertEquals(List.of(), catalogue.notReportable(List.of("PARTY_FEES"), 2026));
        assertEquals(false, catalogue.defaults(2025).contains("PARTY_FEES"));
        assertEquals("PARTY_FEES", catalogue.defaults(2026).getLast());
    }

    @Test
    void shouldResolveAnAliasToItsIndicator() {
        assertEquals("ORGS_GOOD_RATE", SEED.canonical("GOOD_RATING_RATE"));
        assertEquals("ORGS_GOOD_RATE", SEED.find("GOOD_RATING_RATE").orElseThrow().code);
        assertEquals("PARTY_FEES", SEED.canonical("PARTY_FEES"));
        assertEquals(List.of("NEW_MEMBERS_ADMITTED", "TOTAL_MEMBERS", "ORGS_RATED_GOOD_OR_BETTER", "ORGS_RATED",
                "VILLAGE_CELLS_WITH_COMMITTEE", "VILLAGE_CELLS", "NEW_MEMBER_RATE", "ORGS_GOOD_RATE",
                "VILLAGE_CELL_COMMITTEE_RATE"), SEED.defaults(2025));
    }

    @Test
    void shouldRefuseARateThatDoesNotDivideTwoCountsItHolds() {
        assertEquals(List.of("numerator", "denominator"), fields(SEED.refusals(rate("FEE_RATE", "PARTY_FEES",
                "NEW_MEMBER_RATE"))));
        assertEquals(List.of("denominator"), fields(SEED.refusals(rate("SAME_RATE", "ORGS_RATED", "ORGS_RATED"))));
        assertEquals(List.of(), SEED.refusals(rate("CELL_RATE", "VILLAGE_CELLS_WITH_COMMITTEE", "VILLAGE_CELLS")));
        // a count that rates divide cannot become a rate
        assertEquals(List.of("kind"), fields(SEED.refusals(rate("ORGS_RATED", "VILLAGE_CELLS_WITH_COMMITTEE",
                "VILLAGE_CELLS"))));
    }

    @Test
    void shouldRefuseAnAliasThatNamesAnotherIndicator() {
        Indicator.Definition taken = new Indicator.Definition("FOUR_GOOD_CELLS", "Chi bộ 4 tốt", "Four-good cells",
                Indicator.Kind.COUNT, null, null, "chi bộ", null, null, Set.of("GOOD_RATING_RATE", "TOTAL_MEMBERS"));
        assertEquals(List.of("aliases", "aliases"), fields(SEED.refusals(taken)));
    }

    private static Indicator.Definition rate(String code, String numerator, String denominator) {
        return new Indicator.Definition(code, code, code, Indicator.Kind.RATE, numerator, denominator, "%", null, null,
                Set.of());
    }

    private static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }
}
