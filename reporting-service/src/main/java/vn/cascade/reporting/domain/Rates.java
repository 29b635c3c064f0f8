package vn.cascade.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The arithmetic of rates (tỉ lệ). A rate is always its summed numerator over its summed denominator, times 100:
 * never an average of the subordinates' rates, which would weigh a cell of ten members like a ward of a thousand.
 * Which rates exist, and of which counts, the indicator catalogue says.
 */
public final class Rates {

    /** Digits of a rate as shown; comparisons use the unrounded value. */
    public static final int SHOWN_SCALE = 2;
    private static final int EXACT_SCALE = 10;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Rates() {
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
