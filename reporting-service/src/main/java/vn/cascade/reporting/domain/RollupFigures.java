package vn.cascade.reporting.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
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

    /**
     * @param progress    percent of the way from the target's baseline to its value; null without a baseline
     * @param measured    the value the target was compared with: the figure's, or the percent of the target's own
     *                    numerator and denominator (two decimals); null without data
     * @param ownParts    whether it was measured by its own numerator and denominator, not the figure's value
     * @param numerator   then: its numerator summed over the subtree (null when no report gives it)
     * @param denominator then: its denominator summed over the subtree (null when no report gives it)
     */
    public record TargetCheck(String planSymbol, Target target, Result result, BigDecimal progress,
            BigDecimal measured, boolean ownParts, Long numerator, Long denominator) {
    }

    /**
     * A target measured by its own numerator and denominator: a percentage on a reported indicator (a count, a
     * yes/no) that names its denominator, its numerator being the indicator itself unless it names another. The
     * value compared is numerator ÷ denominator × 100 of the two summed over the subtree, as a rate is (never an
     * average of the branches' percentages). On a rate or a share the catalogue's definition is what is computed.
     */
    static boolean measuredByOwnParts(Target target) {
        return target.unit() == Target.Unit.PERCENT && target.denominatorIndicator() != null;
    }

    /**
     * The counts the targets measured by their own parts need beyond the figures' (their numerators and
     * denominators, under the catalogue's codes), for the roll-up to sum them too.
     */
    public static java.util.Set<String> ownPartsNeeded(Collection<TargetInForce> targets, Collection<String> indicators,
            IndicatorCatalogue catalogue) {
        java.util.Set<String> parts = new java.util.LinkedHashSet<>();
        for (TargetInForce inForce : targets) {
            Target target = inForce.target();
            String code = catalogue.canonical(target.indicatorCode());
            boolean reported = catalogue.find(code).map(found -> !found.isComputed()).orElse(true);
            if (code != null && indicators.contains(code) && reported && measuredByOwnParts(target)) {
                parts.add(target.numeratorIndicator() == null ? code : catalogue.canonical(target.numeratorIndicator()));
                parts.add(catalogue.canonical(target.denominatorIndicator()));
            }
        }
        return parts;
    }

    /**
     * @param name        the catalogue's Vietnamese name; null for a code only a target names
     * @param rate        a percent computed from two numbers (a rate, a share)
     * @param value       the sum (the smallest or largest value for a count aggregated by MIN or MAX), or the
     *                    percent rounded to two decimals; null when no report gives it
     * @param numerator   for a rate: the summed numerator; for a share: the organisations that answered yes
     * @param denominator for a rate: the summed denominator; for a share: the organisations that answered
     * @param kind        the catalogue's kind (COUNT, RATE, YES_NO, SHARE); COUNT for a code only a target names
     */
    public record Figure(String indicator, String name, boolean rate, BigDecimal value, Long numerator, Long denominator,
            Result result, List<TargetCheck> targets, Indicator.Kind kind) {
    }

    /** What a branch's reports gave of one reported indicator. */
    public record Given(long sum, long organizations, Long extreme) {
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
        Map<String, Given> given = new java.util.HashMap<>();
        sums.forEach((code, sum) -> given.put(code, new Given(sum, 0, null)));
        return figuresOf(indicators, given, targets, period, catalogue);
    }

    /**
     * @param given what the reports gave, by reported indicator: the sum, how many organisations gave it, and (for
     *              a count aggregated by MIN or MAX) the extreme value
     */
    public static List<Figure> figuresOf(List<String> indicators, Map<String, Given> given,
            List<TargetInForce> targets, ReportingPeriod period, IndicatorCatalogue catalogue) {
        List<Figure> figures = new ArrayList<>();
        for (String code : indicators) {
            Optional<Indicator> indicator = catalogue.find(code);
            Indicator.Kind kind = indicator.map(found -> found.kind).orElse(Indicator.Kind.COUNT);
            BigDecimal exact;
            Long numerator = null;
            Long denominator = null;
            if (kind == Indicator.Kind.RATE) {
                numerator = sum(given.get(indicator.get().numerator));
                denominator = sum(given.get(indicator.get().denominator));
                exact = Rates.percent(numerator, denominator).orElse(null);
            } else if (kind == Indicator.Kind.SHARE) {
                Given answers = given.get(indicator.get().numerator);
                numerator = sum(answers);
                denominator = answers == null ? null : answers.organizations();
                exact = Rates.percent(numerator, denominator).orElse(null);
            } else {
                Given value = given.get(code);
                boolean extreme = indicator.map(found -> found.aggregation == Indicator.Aggregation.MIN
                        || found.aggregation == Indicator.Aggregation.MAX).orElse(false);
                Long shown = value == null ? null : extreme ? value.extreme() : Long.valueOf(value.sum());
                exact = shown == null ? null : BigDecimal.valueOf(shown);
            }
            List<TargetCheck> checks = new ArrayList<>();
            for (TargetInForce inForce : targets) {
                // a target may name the indicator by an alias (the importer's GOOD_RATING_RATE)
                Target target = inForce.target();
                if (code.equals(catalogue.canonical(target.indicatorCode()))
                        && TargetAssessment.appliesTo(target, period)) {
                    BigDecimal measured = exact;
                    Long ownNumerator = null;
                    Long ownDenominator = null;
                    boolean own = !kind.computed() && measuredByOwnParts(target);
                    if (own) {
                        ownNumerator = sum(given.get(target.numeratorIndicator() == null ? code
                                : catalogue.canonical(target.numeratorIndicator())));
                        ownDenominator = sum(given.get(catalogue.canonical(target.denominatorIndicator())));
                        measured = Rates.percent(ownNumerator, ownDenominator).orElse(null);
                    }
                    checks.add(new TargetCheck(inForce.planSymbol(), target,
                            TargetAssessment.assess(measured, target, period),
                            TargetAssessment.progress(measured, target),
                            own || kind.computed() ? Rates.shown(measured) : measured, own, ownNumerator,
                            ownDenominator));
                }
            }
            Result overall = TargetAssessment.overall(checks.stream().map(TargetCheck::result).toList());
            String name = indicator.map(found -> found.nameVi).orElse(null);
            boolean percent = kind.computed();
            figures.add(new Figure(code, name, percent, percent ? Rates.shown(exact) : exact, numerator, denominator,
                    overall, List.copyOf(checks), kind));
        }
        return figures;
    }

    private static Long sum(Given given) {
        return given == null ? null : given.sum();
    }
}
