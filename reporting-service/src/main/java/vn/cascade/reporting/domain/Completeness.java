package vn.cascade.reporting.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reporting discipline of a group of obligations (đầy đủ, kịp thời): how many were due, how many were answered,
 * how many were answered by their due date.
 *
 * @param due       obligations whose due date has passed, or that were answered already (early answers count)
 * @param submitted of those, the ones a report was submitted for at least once (also if later returned)
 * @param onTime    of those, the ones first submitted by the end of their due date
 */
public record Completeness(long due, long submitted, long onTime) {

    public Completeness {
        if (due < 0 || submitted < 0 || onTime < 0 || submitted > due || onTime > submitted) {
            throw new IllegalArgumentException("need 0 ≤ onTime ≤ submitted ≤ due: " + onTime + ", " + submitted
                    + ", " + due);
        }
    }

    /** submitted ÷ due in percent, two decimals; empty when nothing was due. */
    public Optional<BigDecimal> completenessPercent() {
        return Rates.percent(submitted, due).map(Rates::shown);
    }

    /** on time ÷ due in percent, two decimals; empty when nothing was due. */
    public Optional<BigDecimal> timelinessPercent() {
        return Rates.percent(onTime, due).map(Rates::shown);
    }

    public long missing() {
        return due - submitted;
    }
}
