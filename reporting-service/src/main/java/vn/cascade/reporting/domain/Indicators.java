package vn.cascade.reporting.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.cascade.common.domain.Violation;

/**
 * The form of indicator codes and values, whatever the catalogue holds: codes in upper case, counts never
 * negative, a numerator never above its denominator, an indicator definition complete. Which codes exist is the
 * catalogue's business ({@link IndicatorCatalogue}).
 */
public final class Indicators {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,59}");
    private static final int NAME_LENGTH = 300;
    private static final int UNIT_LENGTH = 40;

    private Indicators() {
    }

    /** Upper-case letters, digits and '_', beginning with a letter: how an indicator is named. */
    public static boolean isCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /**
     * One error per broken rule, with the field path inside the request ({@code indicators.TOTAL_MEMBERS}).
     *
     * @param pairs numerator → denominator of the rates the catalogue recomputes
     */
    public static List<Violation> violations(Map<String, Long> values, Map<String, String> pairs) {
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
        pairs.forEach((numerator, denominator) -> {
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

    /** The form of a definition: codes, names, unit and dates; whether its parts exist the catalogue says. */
    public static List<Violation> violations(Indicator.Definition definition) {
        List<Violation> errors = new ArrayList<>();
        if (!isCode(definition.code())) {
            errors.add(new Violation("code", "upper-case letters, digits and '_', beginning with a letter, at most 60"));
        }
        text(errors, "nameVi", definition.nameVi(), NAME_LENGTH);
        text(errors, "nameEn", definition.nameEn(), NAME_LENGTH);
        text(errors, "unit", definition.unit(), UNIT_LENGTH);
        if (definition.kind() == null) {
            errors.add(new Violation("kind", "COUNT, RATE, YES_NO or SHARE"));
        } else {
            switch (definition.kind()) {
                case COUNT, YES_NO -> {
                    if (definition.numerator() != null || definition.denominator() != null) {
                        errors.add(new Violation("numerator", "a " + definition.kind()
                                + " indicator is reported: it has no numerator or denominator"));
                    }
                }
                case RATE -> {
                    code(errors, "numerator", definition.numerator());
                    code(errors, "denominator", definition.denominator());
                }
                case SHARE -> {
                    code(errors, "numerator", definition.numerator());
                    if (definition.denominator() != null) {
                        errors.add(new Violation("denominator", "a share counts the organisations that answered its "
                                + "yes/no indicator: it has no denominator"));
                    }
                }
            }
            Indicator.Aggregation asked = definition.aggregation();
            if (asked != null && Indicator.Aggregation.of(definition.kind(), asked) != asked) {
                errors.add(new Violation("aggregation", "a " + definition.kind() + " aggregates by "
                        + Indicator.Aggregation.of(definition.kind(), null)
                        + (definition.kind() == Indicator.Kind.COUNT ? ", MIN or MAX" : "")));
            }
        }
        if (definition.aliases() != null) {
            definition.aliases().forEach(alias -> code(errors, "aliases", alias));
        }
        keywords(errors, definition.keywords());
        if (definition.validFrom() != null && definition.validTo() != null
                && definition.validFrom().isAfter(definition.validTo())) {
            errors.add(new Violation("validTo", "cannot be before validFrom"));
        }
        return errors;
    }

    /** At most this many keywords per indicator, each at most this long. */
    public static final int MAX_KEYWORDS = 30;
    public static final int KEYWORD_LENGTH = 100;

    /**
     * The words by which the importer recognises the indicator: each a phrase, or phrases joined by '+' that must
     * all occur; every phrase has a letter (a figure or a sign alone would name every target).
     */
    private static void keywords(List<Violation> errors, List<String> keywords) {
        if (keywords == null) {
            return;
        }
        if (keywords.size() > MAX_KEYWORDS) {
            errors.add(new Violation("keywords", "at most " + MAX_KEYWORDS + " keywords"));
            return;
        }
        for (int i = 0; i < keywords.size(); i++) {
            String keyword = keywords.get(i);
            String field = "keywords[" + i + "]";
            if (keyword == null || keyword.isBlank() || keyword.strip().length() > KEYWORD_LENGTH) {
                errors.add(new Violation(field, "a phrase of 1 to " + KEYWORD_LENGTH + " characters"));
            } else if (java.util.Arrays.stream(keyword.split("\\+", -1))
                    .anyMatch(part -> part.codePoints().noneMatch(Character::isLetter))) {
                errors.add(new Violation(field, "each phrase (between '+') needs a letter: \"chi ủy + chi bộ\""));
            }
        }
    }

    /** A keyword as stored: NFC, single spaces, '+' between phrases set off by one space each. */
    public static String keyword(String keyword) {
        return String.join(" + ", java.util.Arrays.stream(vn.cascade.common.text.VietnameseText.nfc(keyword)
                .split("\\+")).map(part -> part.strip().replaceAll("\\s+", " ")).toList());
    }

    private static void code(List<Violation> errors, String field, String code) {
        if (code != null && !isCode(code)) {
            errors.add(new Violation(field, "an indicator code is upper-case letters, digits and '_'"));
        }
    }

    private static void text(List<Violation> errors, String field, String value, int length) {
        if (value == null || value.isBlank()) {
            errors.add(new Violation(field, "must not be blank"));
        } else if (value.length() > length) {
            errors.add(new Violation(field, "at most " + length + " characters"));
        } else if (value.chars().anyMatch(Character::isISOControl)) {
            errors.add(new Violation(field, "no control characters (line breaks, NUL …) in a name"));
        }
    }
}
