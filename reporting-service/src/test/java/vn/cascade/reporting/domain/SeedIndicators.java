package vn.cascade.reporting.domain;

import java.util.List;
import java.util.Set;

/** The nine indicators the catalogue's migration seeds, built in memory for the rules' unit tests. */
public final class SeedIndicators {

    public static final String NEW_MEMBERS_ADMITTED = "NEW_MEMBERS_ADMITTED";
    public static final String TOTAL_MEMBERS = "TOTAL_MEMBERS";
    public static final String ORGS_RATED_GOOD_OR_BETTER = "ORGS_RATED_GOOD_OR_BETTER";
    public static final String ORGS_RATED = "ORGS_RATED";
    public static final String VILLAGE_CELLS_WITH_COMMITTEE = "VILLAGE_CELLS_WITH_COMMITTEE";
    public static final String VILLAGE_CELLS = "VILLAGE_CELLS";

    public static final IndicatorCatalogue CATALOGUE = new IndicatorCatalogue(List.of(
            count(NEW_MEMBERS_ADMITTED, 10), count(TOTAL_MEMBERS, 20), count(ORGS_RATED_GOOD_OR_BETTER, 30),
            count(ORGS_RATED, 40), count(VILLAGE_CELLS_WITH_COMMITTEE, 50), count(VILLAGE_CELLS, 60),
            rate("NEW_MEMBER_RATE", NEW_MEMBERS_ADMITTED, TOTAL_MEMBERS, 110, Set.of()),
            rate("ORGS_GOOD_RATE", ORGS_RATED_GOOD_OR_BETTER, ORGS_RATED, 120, Set.of("GOOD_RATING_RATE")),
            rate("VILLAGE_CELL_COMMITTEE_RATE", VILLAGE_CELLS_WITH_COMMITTEE, VILLAGE_CELLS, 130, Set.of())));

    private SeedIndicators() {
    }

    public static Indicator count(String code, int position) {
        return Indicator.defined(new Indicator.Definition(code, code, code, Indicator.Kind.COUNT, null, null, "cái",
                null, null, Set.of()), position, null, null);
    }

    public static Indicator rate(String code, String numerator, String denominator, int position, Set<String> aliases) {
        return Indicator.defined(new Indicator.Definition(code, code, code, Indicator.Kind.RATE, numerator,
                denominator, "%", null, null, aliases), position, null, null);
    }
}
