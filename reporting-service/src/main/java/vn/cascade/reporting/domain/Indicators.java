package vn.cascade.reporting.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.cascade.common.domain.Violation;

/**
 * The indicator counts a report carries, and their rules: codes in upper case, counts never negative, and a
 * numerator never above its denominator for the pairs whose rate a roll-up recomputes.
 */
public final class Indicators {

    public static final String NEW_MEMBERS_ADMITTED = "NEW_MEMBERS_ADMITTED";
    public static final String TOTAL_MEMBERS = "TOTAL_MEMBERS";
    public static final String ORGS_RATED_GOOD_OR_BETTER = "ORGS_RATED_GOOD_OR_BETTER";
    public static final String ORGS_RATED = "ORGS_RATED";
    public static final String VILLAGE_CELLS_WITH_COMMITTEE = "VILLAGE_CELLS_WITH_COMMITTEE";
    public static final String VILLAGE_CELLS = "VILLAGE_CELLS";

    /** numerator → denominator */
    public static final Map<String, String> PAIRS = Map.of(
            NEW_MEMBERS_ADMITTED, TOTAL_MEMBERS,
            ORGS_RATED_GOOD_OR_BETTER, ORGS_RATED,
            VILLAGE_CELLS_WITH_COMMITTEE, VILLAGE_CELLS);

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,59}");

    private Indicators() {
    }

    /** Upper-case letters, digits and '_', beginning with a letter: how an indicator is named. */
    public static boolean isCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** One error per broken rule, with the field path inside the request ({@code indicators.TOTAL_MEMBERS}). */
    public static List<Violation> violations(Map<String, Long> values) {
        List<Violation> errors = new ArrayList<>();
        values.forEach((code, value) -> {
            String field = "indicators." + code;
            if (!isCode(code)) {
                errors.add(new Violation(field, "an indicator code is upper-case letters, digits and '_'"));
            }
            if (value == null) {
                errors.add(new Violation(field, "must not be null"));
            } else if (value < 0) {
                errors.add(new Violation(field, "a count cannot be negative"));
            }
        });
        PAIRS.forEach((numerator, denominator) -> {
            Long above = values.get(numerator);
            Long below = values.get(denominator);
            if (above != null && below != null && above >= 0 && below >= 0 && above > below) {
                errors.add(new Violation("indicators." + numerator,
                        "cannot exceed " + denominator + " (" + above + " > " + below + ")"));
            }
        });
        errors.sort(Comparator.comparing(Violation::field));
        return errors;
    }
}
