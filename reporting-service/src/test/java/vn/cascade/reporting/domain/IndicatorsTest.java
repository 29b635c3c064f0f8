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
                Indicators.NEW_MEMBERS_ADMITTED, 35L, Indicators.TOTAL_MEMBERS, 1180L,
                Indicators.ORGS_RATED_GOOD_OR_BETTER, 45L, Indicators.ORGS_RATED, 45L,
                Indicators.VILLAGE_CELLS_WITH_COMMITTEE, 0L, Indicators.VILLAGE_CELLS, 0L,
                "PLAN_TARGET_OF_ITS_OWN", 7L)));
    }

    @Test
    void shouldNameEachBrokenRule() {
        Map<String, Long> values = new HashMap<>();
        values.put(Indicators.ORGS_RATED_GOOD_OR_BETTER, 46L);
        values.put(Indicators.ORGS_RATED, 45L);
        values.put(Indicators.VILLAGE_CELLS, -1L);
        values.put("tong so", 3L);
        values.put(Indicators.TOTAL_MEMBERS, null);

        assertEquals(List.of("indicators.ORGS_RATED_GOOD_OR_BETTER", "indicators.TOTAL_MEMBERS",
                        "indicators.VILLAGE_CELLS", "indicators.tong so"),
                Indicators.violations(values).stream().map(Violation::field).toList());
    }

    @Test
    void shouldCheckAPairOnlyWhenBothCountsAreGiven() {
        assertEquals(List.of(), Indicators.violations(Map.of(Indicators.NEW_MEMBERS_ADMITTED, 500L)));
    }
}
