package vn.cascade.reporting.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.cascade.common.domain.Violation;
import vn.cascade.common.events.OrganizationLevel;

/**
 * The indicators as the catalogue holds them at one moment, with the rules that read them: which codes a report
 * may carry, which counts a rate needs, which indicator a target's code (or an alias of it) names. Built from the
 * catalogue's rows for one request; plain Java, so the rules are tested without a database.
 */
public final class IndicatorCatalogue {

    private final Map<String, Indicator> byCode = new LinkedHashMap<>();
    private final Map<String, String> aliases = new HashMap<>();

    public IndicatorCatalogue(Collection<Indicator> indicators) {
        indicators.stream().sorted(Comparator.comparingInt((Indicator indicator) -> indicator.position)
                .thenComparing(indicator -> indicator.code)).forEach(indicator -> {
                    byCode.put(indicator.code, indicator);
                    indicator.aliases.forEach(alias -> aliases.put(alias, indicator.code));
                });
    }

    /** The indicator a code or an alias names. */
    public Optional<Indicator> find(String codeOrAlias) {
        if (codeOrAlias == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byCode.get(aliases.getOrDefault(codeOrAlias, codeOrAlias)));
    }

    /** The catalogue's own code for a code or an alias; an unknown code as it is. */
    public String canonical(String codeOrAlias) {
        return codeOrAlias == null ? null : aliases.getOrDefault(codeOrAlias, codeOrAlias);
    }

    public boolean knows(String codeOrAlias) {
        return find(codeOrAlias).isPresent();
    }

    public List<Indicator> all() {
        return List.copyOf(byCode.values());
    }

    /** Position after the last indicator: where a new one is shown. */
    public int nextPosition() {
        return byCode.values().stream().mapToInt(indicator -> indicator.position).max().orElse(0) + 10;
    }

    /** What a roll-up of the year shows when the caller names no indicators: every one in use that year. */
    public List<String> defaults(int year) {
        return byCode.values().stream().filter(indicator -> indicator.validIn(year))
                .map(indicator -> indicator.code).toList();
    }

    /**
     * The reported indicators a set of indicators needs: counts and yes/no answers as they are, a rate as its two
     * counts, a share as its yes/no indicator.
     */
    public Set<String> countsNeeded(Collection<String> codes) {
        Set<String> counts = new LinkedHashSet<>();
        for (String code : codes) {
            counts.addAll(find(code).map(Indicator::parts).orElse(List.of(canonical(code))));
        }
        return counts;
    }

    /** The counts a roll-up must take as smallest or largest, not as sums: those aggregated by MIN or MAX. */
    public Set<String> extremes(Collection<String> counts) {
        Set<String> extremes = new LinkedHashSet<>();
        for (String count : counts) {
            find(count).filter(indicator -> indicator.aggregation == Indicator.Aggregation.MIN
                    || indicator.aggregation == Indicator.Aggregation.MAX).ifPresent(found -> extremes.add(found.code));
        }
        return extremes;
    }

    /**
     * The reported codes a report answering a plan may carry beyond the standing ones: what the plan's targets
     * need (a target on a rate needs its two counts, on a share its yes/no indicator).
     */
    public Set<String> targeted(Collection<String> targetCodes) {
        return countsNeeded(targetCodes.stream().filter(java.util.Objects::nonNull).toList());
    }

    /**
     * Codes of a report that neither the plan's targets need nor every report carries (standing), one violation
     * each: a report gives what its plan asks for.
     */
    public List<Violation> notTargeted(Collection<String> codes, Set<String> targeted, String planSymbol) {
        List<Violation> errors = new ArrayList<>();
        for (String code : codes) {
            Indicator indicator = byCode.get(code);
            if (indicator != null && !indicator.standing && !targeted.contains(code)) {
                errors.add(Violation.localized("indicators." + code, "plan " + planSymbol + " sets no target on "
                        + code + ", and it is not a standing indicator", "indicator.not-targeted", planSymbol));
            }
        }
        errors.sort(Comparator.comparing(Violation::field));
        return errors;
    }

    /** numerator → denominator of every rate: a report's numerator cannot exceed its denominator. */
    public Map<String, String> pairs() {
        Map<String, String> pairs = new LinkedHashMap<>();
        byCode.values().stream().filter(Indicator::isRate)
                .forEach(rate -> pairs.putIfAbsent(rate.numerator, rate.denominator));
        return pairs;
    }

    /**
     * Codes a report of the year cannot carry, one violation each: unknown to the catalogue, a rate (computed
     * from its counts, never reported), an alias (reports use the catalogue's code), or not in use that year.
     */
    public List<Violation> notReportable(Collection<String> codes, int year) {
        List<Violation> errors = new ArrayList<>();
        for (String code : codes) {
            String field = "indicators." + code;
            Indicator indicator = byCode.get(code);
            if (indicator == null && aliases.containsKey(code)) {
                errors.add(Violation.localized(field, "an alias: report it as " + aliases.get(code),
                        "indicator.alias", aliases.get(code)));
            } else if (indicator == null) {
                errors.add(Violation.localized(field, "unknown indicator " + code + "; GET /api/v1/indicators lists them",
                        "indicator.unknown", code));
            } else if (indicator.isRate()) {
                errors.add(Violation.localized(field, "a rate is computed from " + indicator.numerator + " and "
                        + indicator.denominator + "; report those", "indicator.computed-rate", indicator.numerator,
                        indicator.denominator));
            } else if (indicator.isComputed()) {
                errors.add(Violation.localized(field, "a share is computed from the answers to "
                        + indicator.numerator + "; report that", "indicator.computed-share", indicator.numerator));
            } else if (!indicator.validIn(year)) {
                errors.add(Violation.localized(field, "not in use in " + year, "indicator.not-in-use", year));
            }
        }
        errors.sort(Comparator.comparing(Violation::field));
        return errors;
    }

    /**
     * Codes entered at another level than the reporting organisation's, one violation each: a grassroots indicator
     * is given by grassroots organisations and only rolled up above (null level: an organisation the copy does not
     * hold, nothing refused).
     */
    public List<Violation> notReportedAt(Collection<String> codes, OrganizationLevel level) {
        List<Violation> errors = new ArrayList<>();
        if (level == null) {
            return errors;
        }
        for (String code : codes) {
            Indicator indicator = byCode.get(code);
            if (indicator != null && !indicator.reportedBy(level)) {
                errors.add(Violation.localized("indicators." + code, "entered by " + indicator.reportedAt
                        + " organisations only; a " + level + " organisation sees it rolled up",
                        "indicator.not-at-level", indicator.reportedAt, level));
            }
        }
        errors.sort(Comparator.comparing(Violation::field));
        return errors;
    }

    /** Values the kind does not take: a yes/no indicator is answered 1 (yes) or 0 (no). */
    public List<Violation> wrongAnswers(Map<String, Long> values) {
        List<Violation> errors = new ArrayList<>();
        values.forEach((code, value) -> {
            Indicator indicator = byCode.get(code);
            if (indicator != null && indicator.kind == Indicator.Kind.YES_NO && value != null && value != 0
                    && value != 1) {
                errors.add(Violation.localized("indicators." + code, "a yes/no indicator is answered 1 (yes) or 0 (no)",
                        "indicator.yes-no"));
            }
        });
        errors.sort(Comparator.comparing(Violation::field));
        return errors;
    }

    /**
     * What the catalogue refuses in a definition as it stands: a rate must divide two different counts it holds,
     * an alias must name nothing else, and a count that rates divide stays a count.
     */
    public List<Violation> refusals(Indicator.Definition definition) {
        List<Violation> errors = new ArrayList<>();
        if (definition.kind() == Indicator.Kind.RATE) {
            requirePart(errors, "numerator", definition.numerator(), definition.code(), Indicator.Kind.COUNT);
            requirePart(errors, "denominator", definition.denominator(), definition.code(), Indicator.Kind.COUNT);
            if (definition.numerator() != null && definition.numerator().equals(definition.denominator())) {
                errors.add(new Violation("denominator", "a rate divides two different counts"));
            }
        } else if (definition.kind() == Indicator.Kind.SHARE) {
            requirePart(errors, "numerator", definition.numerator(), definition.code(), Indicator.Kind.YES_NO);
        }
        Indicator current = byCode.get(definition.code());
        List<String> builtOn = byCode.values().stream().filter(Indicator::isComputed)
                .filter(computed -> computed.parts().contains(definition.code()))
                .map(computed -> computed.code).toList();
        if (!builtOn.isEmpty() && current != null && (current.kind != definition.kind()
                || Indicator.Aggregation.of(definition.kind(), definition.aggregation()) != current.aggregation)) {
            errors.add(new Violation("kind", builtOn + " are computed from this " + current.kind + "; it stays a "
                    + current.kind + " aggregated by " + current.aggregation));
        }
        if (definition.aliases() != null) {
            for (String alias : definition.aliases()) {
                String owner = aliases.get(alias);
                if (byCode.containsKey(alias) || alias.equals(definition.code())) {
                    errors.add(new Violation("aliases", alias + " is an indicator's own code"));
                } else if (owner != null && !owner.equals(definition.code())) {
                    errors.add(new Violation("aliases", alias + " already names " + owner));
                }
            }
        }
        if (aliases.containsKey(definition.code())) {
            errors.add(new Violation("code", definition.code() + " is an alias of " + aliases.get(definition.code())));
        }
        return errors;
    }

    /** A rate's parts are counts summed up the tree; a share's is a yes/no indicator. */
    private void requirePart(List<Violation> errors, String field, String code, String computed, Indicator.Kind kind) {
        Indicator part = byCode.get(code);
        String what = kind == Indicator.Kind.COUNT ? "a count" : "a yes/no indicator";
        if (code == null) {
            errors.add(new Violation(field, "name its " + field + ", " + what + " of the catalogue"));
        } else if (part == null || code.equals(computed)) {
            errors.add(new Violation(field, "no " + what + " " + code + " in the catalogue"));
        } else if (part.kind != kind || part.aggregation != Indicator.Aggregation.SUM) {
            errors.add(new Violation(field, code + " is a " + part.kind + " aggregated by " + part.aggregation
                    + "; " + (kind == Indicator.Kind.COUNT ? "a rate divides two summed counts"
                            : "a share counts the yeses of a yes/no indicator")));
        }
    }
}
