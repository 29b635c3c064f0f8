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

    /** The counts a set of indicators needs: counts as they are, rates as their two parts. */
    public Set<String> countsNeeded(Collection<String> codes) {
        Set<String> counts = new LinkedHashSet<>();
        for (String code : codes) {
            Optional<Indicator> indicator = find(code);
            if (indicator.isPresent() && indicator.get().isRate()) {
                counts.add(indicator.get().numerator);
                counts.add(indicator.get().denominator);
            } else {
                counts.add(canonical(code));
            }
        }
        return counts;
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
            } else if (!indicator.validIn(year)) {
                errors.add(Violation.localized(field, "not in use in " + year, "indicator.not-in-use", year));
            }
        }
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
            requireCount(errors, "numerator", definition.numerator(), definition.code());
            requireCount(errors, "denominator", definition.denominator(), definition.code());
            if (definition.numerator() != null && definition.numerator().equals(definition.denominator())) {
                errors.add(new Violation("denominator", "a rate divides two different counts"));
            }
            List<String> dividedBy = byCode.values().stream().filter(Indicator::isRate)
                    .filter(rate -> definition.code().equals(rate.numerator)
                            || definition.code().equals(rate.denominator))
                    .map(rate -> rate.code).toList();
            if (!dividedBy.isEmpty()) {
                errors.add(new Violation("kind", "the rates " + dividedBy + " divide this count; it stays a COUNT"));
            }
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

    private void requireCount(List<Violation> errors, String field, String code, String rate) {
        Indicator part = byCode.get(code);
        if (code == null) {
            errors.add(new Violation(field, "a rate names its " + field + ", a count of the catalogue"));
        } else if (part == null || code.equals(rate)) {
            errors.add(new Violation(field, "no count indicator " + code + " in the catalogue"));
        } else if (part.isRate()) {
            errors.add(new Violation(field, code + " is a rate; a rate divides two counts"));
        }
    }
}
