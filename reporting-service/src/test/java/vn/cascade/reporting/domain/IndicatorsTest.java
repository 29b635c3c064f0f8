package vn.cascade.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cascade.common.domain.Violation;

class IndicatorsTest {

    @Test
    void shouldAcceptCountsWithEveryNumeratorWithinItsDenominator() {
        assertEquals(List.of(), Indicators.violations(Map.of(
                SeedIndicators.NEW_MEMBERS_ADMITTED, 35L, SeedIndicators.TOTAL_MEMBERS, 1180L,
                SeedIndicators.ORGS_RATED_GOOD_OR_BETTER, 45L, SeedIndicators.ORGS_RATED, 45L,
                SeedIndicators.VILLAGE_CELLS_WITH_COMMITTEE, 0L, SeedIndicators.VILLAGE_CELLS, 0L,
                "PLAN_TARGET_OF_ITS_OWN", 7L), SeedIndicators.CATALOGUE.pairs()));
    }

    @Test
    void shouldNameEachBrokenRule() {
        Map<String, Long> values = new HashMap<>();
        values.put(SeedIndicators.ORGS_RATED_GOOD_OR_BETTER, 46L);
        values.put(SeedIndicators.ORGS_RATED, 45L);
        values.put(SeedIndicators.VILLAGE_CELLS, -1L);
        values.put("tong so", 3L);
        values.put(SeedIndicators.TOTAL_MEMBERS, null);

        assertEquals(List.of("indicators.ORGS_RATED_GOOD_OR_BETTER", "indicators.TOTAL_MEMBERS",
                        "indicators.VILLAGE_CELLS", "indicators.tong so"),
                Indicators.violations(values, SeedIndicators.CATALOGUE.pairs()).stream().map(Violation::field).toList());
    }

    @Test
    void shouldCheckAPairOnlyWhenBothCountsAreGiven() {
        assertEquals(List.of(), Indicators.violations(Map.of(SeedIndicators.NEW_MEMBERS_ADMITTED, 500L),
                SeedIndicators.CATALOGUE.pairs()));
    }
}
