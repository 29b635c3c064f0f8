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
     * day), is refused; a rate's numerator and denominator, when the target names them, must be the catalogue's.
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
                bound.add(canonical(target, indicator.get()));
            }
        }
        return new Bound(List.copyOf(bound), List.copyOf(refused));
    }

    /** The target under the catalogue's own code, with a rate's parts as the catalogue defines them. */
    private static Target canonical(Target target, CatalogueIndicator indicator) {
        boolean parts = indicator.numerator != null && indicator.denominator != null;
        return new Target(indicator.code, target.label(), target.comparator(), target.value(), target.upperValue(),
                target.unit(), target.period(), target.baselineValue(), target.baselineDate(),
                parts ? indicator.numerator : target.numeratorIndicator(),
                parts ? indicator.denominator : target.denominatorIndicator());
    }
}
