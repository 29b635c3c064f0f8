package vn.cascade.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The catalogue of rates (tỉ lệ) a roll-up computes. A rate is always its summed numerator over its summed
 * denominator, times 100: never an average of the subordinates' rates, which would weigh a cell of ten members
 * like a ward of a thousand.
 */
public final class Rates {

    /** A percentage computed from two counted indicators. */
    public record Rate(String code, String numerator, String denominator, String label) {
    }

    /** Tỉ lệ kết nạp đảng viên mới so với tổng số đảng viên. */
    public static final Rate NEW_MEMBER_RATE = new Rate("NEW_MEMBER_RATE", Indicators.NEW_MEMBERS_ADMITTED,
            Indicators.TOTAL_MEMBERS, "Tỉ lệ kết nạp đảng viên mới so với tổng số đảng viên");
    /** Tỉ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên. */
    public static final Rate ORGS_GOOD_RATE = new Rate("ORGS_GOOD_RATE", Indicators.ORGS_RATED_GOOD_OR_BETTER,
            Indicators.ORGS_RATED, "Tỉ lệ tổ chức đảng hoàn thành tốt nhiệm vụ trở lên");
    /** Tỉ lệ chi bộ thôn, tổ dân phố có chi ủy. */
    public static final Rate VILLAGE_CELL_COMMITTEE_RATE = new Rate("VILLAGE_CELL_COMMITTEE_RATE",
            Indicators.VILLAGE_CELLS_WITH_COMMITTEE, Indicators.VILLAGE_CELLS,
            "Tỉ lệ chi bộ thôn, tổ dân phố có chi ủy");

    public static final List<Rate> ALL = List.of(NEW_MEMBER_RATE, ORGS_GOOD_RATE, VILLAGE_CELL_COMMITTEE_RATE);

    /** The counts reports carry and the catalogue knows, in display order. */
    public static final List<String> COUNTS = List.of(Indicators.NEW_MEMBERS_ADMITTED, Indicators.TOTAL_MEMBERS,
            Indicators.ORGS_RATED_GOOD_OR_BETTER, Indicators.ORGS_RATED, Indicators.VILLAGE_CELLS_WITH_COMMITTEE,
            Indicators.VILLAGE_CELLS);

    /** What a roll-up shows when the caller names no indicators: every count, then every rate. */
    public static final List<String> DEFAULT_INDICATORS = Stream.concat(COUNTS.stream(),
            ALL.stream().map(Rate::code)).toList();

    /** Digits of a rate as shown; comparisons use the unrounded value. */
    public static final int SHOWN_SCALE = 2;
    private static final int EXACT_SCALE = 10;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final Map<String, Rate> BY_CODE = ALL.stream()
            .collect(Collectors.toUnmodifiableMap(Rate::code, Function.identity()));

    private Rates() {
    }

    public static Optional<Rate> find(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    public static boolean isRate(String code) {
        return BY_CODE.containsKey(code);
    }

    /** The counted indicators a set of requested indicators needs: counts as they are, rates as their two parts. */
    public static Set<String> countsNeeded(Collection<String> indicators) {
        Set<String> counts = new LinkedHashSet<>();
        for (String code : indicators) {
            find(code).ifPresentOrElse(rate -> {
                counts.add(rate.numerator());
                counts.add(rate.denominator());
            }, () -> counts.add(code));
        }
        return counts;
    }

    /**
     * numerator ÷ denominator × 100, unrounded (ten decimals); empty when either part is missing or the
     * denominator is zero: no members means no rate, not a rate of zero.
     */
    public static Optional<BigDecimal> percent(Long numerator, Long denominator) {
        if (numerator == null || denominator == null || denominator == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(numerator).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(denominator), EXACT_SCALE, RoundingMode.HALF_UP));
    }

    /** A rate as shown: two decimals, half up. */
    public static BigDecimal shown(BigDecimal exact) {
        return exact == null ? null : exact.setScale(SHOWN_SCALE, RoundingMode.HALF_UP);
    }
}
