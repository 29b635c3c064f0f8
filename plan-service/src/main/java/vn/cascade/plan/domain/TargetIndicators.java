package vn.cascade.plan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cascade.common.documents.Target;
import vn.cascade.common.domain.Violation;
import vn.cascade.indicators.CatalogueIndicator;

/**
 * Binds a plan's targets to the indicator catalogue (plan-service's copy of it): a target names a catalogue code,
 * stored as the catalogue's own code when it is given by an alias (the importer's GOOD_RATING_RATE becomes
 * ORGS_GOOD_RATE), or names none and keeps only its words (an imported target nobody has mapped yet). Plain Java,
 * tested without a database.
 */
public final class TargetIndicators {

    /** The targets as stored, and the codes the catalogue refuses (one violation each). */
    public record Bound(List<Target> targets, List<Violation> refused) {

        /** The refused codes, in the order of the targets, for the problem's detail. */
        public List<String> codes() {
            return refused.stream().map(violation -> String.valueOf(violation.arguments().get(0))).distinct().toList();
        }
    }

    private final Map<String, CatalogueIndicator> byCode = new HashMap<>();
    private final Map<String, String> aliases = new HashMap<>();

    public TargetIndicators(Collection<CatalogueIndicator> catalogue) {
        for (CatalogueIndicator indicator : catalogue) {
            byCode.put(indicator.code, indicator);
            indicator.aliases.forEach(alias -> aliases.put(alias, indicator.code));
        }
    }

    /** Every indicator of the copy. */
    public Collection<CatalogueIndicator> all() {
        return java.util.Collections.unmodifiableCollection(byCode.values());
    }

    /** The indicator a code or an alias of it names. */
    public Optional<CatalogueIndicator> find(String codeOrAlias) {
        return codeOrAlias == null ? Optional.empty()
                : Optional.ofNullable(byCode.get(aliases.getOrDefault(codeOrAlias, codeOrAlias)));
    }

    /**
     * Every target's code checked on the day: unknown to the catalogue, or retired (its validity ended before the
     * day), is refused; a rate's numerator and denominator are the catalogue's, and a target on a reported
     * indicator that gives its own must give summed counts in use ({@link #ownParts}).
     */
    public Bound bind(List<Target> targets, LocalDate day) {
        List<Target> bound = new ArrayList<>(targets.size());
        List<Violation> refused = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Target target = targets.get(i);
            String at = "targets[" + i + "].indicatorCode";
            if (target.indicatorCode() == null) {
                bound.add(target); // words only: a clerk picks the indicator later
                continue;
            }
            Optional<CatalogueIndicator> indicator = find(target.indicatorCode());
            if (indicator.isEmpty()) {
                refused.add(Violation.localized(at, "unknown indicator " + target.indicatorCode()
                        + "; GET /api/v1/indicators lists the catalogue", "target.indicator-unknown",
                        target.indicatorCode()));
                bound.add(target);
            } else if (indicator.get().retiredOn(day)) {
                refused.add(Violation.localized(at, "indicator " + target.indicatorCode() + " was in use until "
                        + indicator.get().validTo + " only", "target.indicator-retired", target.indicatorCode(),
                        indicator.get().validTo));
                bound.add(target);
            } else {
                Target canonical = canonical(target, indicator.get());
                List<Violation> parts = ownParts(canonical, indicator.get(), i, day);
                refused.addAll(parts);
                bound.add(parts.isEmpty() ? withPartsCanonical(canonical) : canonical);
            }
        }
        return new Bound(List.copyOf(bound), List.copyOf(refused));
    }

    /**
     * A target on a reported indicator (a count, a yes/no) may give its own denominator, and a numerator other than
     * its indicator: it is then a percentage measured as numerator ÷ denominator × 100 of the two summed over the
     * subtree (docs/plan-model.md). Both must be counts of the catalogue in use, summed up the tree (a rate divides
     * only summed counts), and the target a percentage.
     */
    private List<Violation> ownParts(Target target, CatalogueIndicator indicator, int i, LocalDate day) {
        List<Violation> refused = new ArrayList<>();
        if (isComputed(indicator) || target.numeratorIndicator() == null && target.denominatorIndicator() == null) {
            return refused;
        }
        String at = "targets[" + i + "].";
        if (target.denominatorIndicator() == null) {
            refused.add(Violation.localized(at + "denominatorIndicator", "a target with its own numerator needs the "
                    + "count below the line too", "target.denominator-missing", target.numeratorIndicator()));
        } else if (target.unit() != Target.Unit.PERCENT) {
            refused.add(Violation.localized(at + "unit", "a target measured by a numerator and a denominator is a "
                    + "percentage (PERCENT)", "target.parts-need-percent", target.denominatorIndicator()));
        }
        part(refused, at + "numeratorIndicator", target.numeratorIndicator(), day);
        part(refused, at + "denominatorIndicator", target.denominatorIndicator(), day);
        return refused;
    }

    private void part(List<Violation> refused, String field, String code, LocalDate day) {
        if (code == null) {
            return;
        }
        Optional<CatalogueIndicator> part = find(code);
        if (part.isEmpty()) {
            refused.add(Violation.localized(field, "unknown indicator " + code
                    + "; GET /api/v1/indicators lists the catalogue", "target.indicator-unknown", code));
        } else if (part.get().retiredOn(day)) {
            refused.add(Violation.localized(field, "indicator " + code + " was in use until " + part.get().validTo
                    + " only", "target.indicator-retired", code, part.get().validTo));
        } else if (!"SUM".equals(part.get().aggregation) || isComputed(part.get())) {
            refused.add(Violation.localized(field, code + " is not a count summed up the tree: a target's rate "
                    + "divides two summed counts", "target.part-not-summed-count", code));
        }
    }

    private static boolean isComputed(CatalogueIndicator indicator) {
        return "RATE".equals(indicator.kind) || "SHARE".equals(indicator.kind);
    }

    /** A target's own parts under the catalogue's own codes (an alias resolved). */
    private Target withPartsCanonical(Target target) {
        String numerator = find(target.numeratorIndicator()).map(found -> found.code).orElse(target.numeratorIndicator());
        String denominator = find(target.denominatorIndicator()).map(found -> found.code)
                .orElse(target.denominatorIndicator());
        return new Target(target.indicatorCode(), target.label(), target.comparator(), target.value(),
                target.upperValue(), target.unit(), target.period(), target.baselineValue(), target.baselineDate(),
                numerator, denominator);
    }

    /**
     * The target under the catalogue's own code; a computed indicator's parts are the catalogue's (a rate's two
     * counts; none for a share), a reported one keeps the target's own.
     */
    private static Target canonical(Target target, CatalogueIndicator indicator) {
        boolean computed = isComputed(indicator);
        return new Target(indicator.code, target.label(), target.comparator(), target.value(), target.upperValue(),
                target.unit(), target.period(), target.baselineValue(), target.baselineDate(),
                computed ? indicator.numerator : target.numeratorIndicator(),
                computed ? indicator.denominator : target.denominatorIndicator());
    }
}
