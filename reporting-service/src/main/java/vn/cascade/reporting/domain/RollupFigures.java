package vn.cascade.reporting.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cascade.common.documents.Target;
import vn.cascade.reporting.domain.TargetAssessment.Result;

/**
 * Turns the counts summed over a subtree into the figures of a roll-up (tổng hợp): counts as summed, rates
 * recomputed from the summed numerator and denominator, each checked against the targets in force.
 */
public final class RollupFigures {

    /** A target of a plan that binds the organisation. */
    public record TargetInForce(String planSymbol, Target target) {
    }

    public record TargetCheck(String planSymbol, Target target, Result result) {
    }

    /**
     * @param name        the catalogue's Vietnamese name; null for a code only a target names
     * @param value       the sum, or the rate in percent rounded to two decimals; null when no report gives it
     * @param numerator   for a rate: the summed numerator; for a count: null
     * @param denominator for a rate: the summed denominator; for a count: null
     */
    public record Figure(String indicator, String name, boolean rate, BigDecimal value, Long numerator, Long denominator,
            Result result, List<TargetCheck> targets) {
    }

    private RollupFigures() {
    }

    /**
     * @param indicators catalogue codes (or codes only targets name, which have no value)
     * @param sums       summed counts by indicator code; an indicator no report gave is absent
     * @param targets    every target in force for the organisation; those of other indicators or periods are ignored
     */
    public static List<Figure> figures(List<String> indicators, Map<String, Long> sums, List<TargetInForce> targets,
            ReportingPeriod period, IndicatorCatalogue catalogue) {
        List<Figure> figures = new ArrayList<>();
        for (String code : indicators) {
            Optional<Indicator> rate = catalogue.find(code).filter(Indicator::isRate);
            BigDecimal exact;
            Long numerator = null;
            Long denominator = null;
            if (rate.isPresent()) {
                numerator = sums.get(rate.get().numerator);
                denominator = sums.get(rate.get().denominator);
                exact = Rates.percent(numerator, denominator).orElse(null);
            } else {
                Long sum = sums.get(code);
                exact = sum == null ? null : BigDecimal.valueOf(sum);
            }
            List<TargetCheck> checks = new ArrayList<>();
            for (TargetInForce inForce : targets) {
                // a target may name the indicator by an alias (the importer's GOOD_RATING_RATE)
                if (code.equals(catalogue.canonical(inForce.target().indicatorCode()))
                        && TargetAssessment.appliesTo(inForce.target(), period)) {
                    checks.add(new TargetCheck(inForce.planSymbol(), inForce.target(),
                            TargetAssessment.assess(exact, inForce.target())));
                }
            }
            Result overall = TargetAssessment.overall(checks.stream().map(TargetCheck::result).toList());
            String name = catalogue.find(code).map(indicator -> indicator.nameVi).orElse(null);
            figures.add(new Figure(code, name, rate.isPresent(), rate.isPresent() ? Rates.shown(exact) : exact, numerator,
                    denominator, overall, List.copyOf(checks)));
        }
        return figures;
    }
}
