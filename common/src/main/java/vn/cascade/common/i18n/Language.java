package vn.cascade.common.i18n;

import java.util.List;
import java.util.Locale;

/**
 * The languages the API answers in: Vietnamese unless the client asks for English. Problem titles and details,
 * validation messages and the labels of exports follow the caller's {@code Accept-Language}.
 */
public enum Language {
    VI("vi"),
    EN("en");

    public static final Language DEFAULT = VI;

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag: {@code vi}, {@code en}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language of a stored tag ({@code en}, {@code en-GB}); Vietnamese for anything else. */
    public static Language of(String tag) {
        if (tag != null) {
            String language = Locale.forLanguageTag(tag.strip()).getLanguage();
            for (Language candidate : values()) {
                if (candidate.tag.equals(language)) {
                    return candidate;
                }
            }
        }
        return DEFAULT;
    }

    /**
     * The first of the client's languages (most preferred first, as Accept-Language lists them) that we write;
     * Vietnamese when it states none (or only {@code *}), English when it states only languages we do not write:
     * someone who asks for French reads English sooner than Vietnamese.
     */
    public static Language preferred(List<Locale> acceptable) {
        boolean statedOthers = false;
        for (Locale locale : acceptable) {
            for (Language candidate : values()) {
                if (candidate.tag.equals(locale.getLanguage())) {
                    return candidate;
                }
            }
            statedOthers |= !locale.getLanguage().isEmpty() && !"*".equals(locale.getLanguage());
        }
        return statedOthers ? EN : DEFAULT;
    }

    /** The language of an {@code Accept-Language} value ({@code en-GB,en;q=0.8}); Vietnamese when absent or unreadable. */
    public static Language ofHeader(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return DEFAULT;
        }
        try {
            List<Locale> locales = Locale.LanguageRange.parse(acceptLanguage).stream()
                    .filter(range -> range.getWeight() > 0)
                    .map(range -> Locale.forLanguageTag(range.getRange()))
                    .toList();
            return preferred(locales);
        } catch (IllegalArgumentException e) {
            return DEFAULT;
        }
    }
}
