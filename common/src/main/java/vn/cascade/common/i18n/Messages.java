package vn.cascade.common.i18n;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * A family of {@link ResourceBundle}s in {@code .properties} files (UTF-8): the base file in English,
 * {@code _vi} beside it. No fallback to the JVM's default locale, so {@code en} always reads the base file
 * whatever the machine is set to. Arguments are {@link MessageFormat} placeholders ({@code {0}}), filled in as
 * their {@code toString}.
 */
public final class Messages {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String baseName;

    private Messages(String baseName) {
        this.baseName = baseName;
    }

    /** The bundles of a base name, {@code i18n.export} for {@code i18n/export.properties} and its {@code _vi}. */
    public static Messages of(String baseName) {
        return new Messages(baseName);
    }

    /** The text of a key in a language; the key itself when no file has it, so a gap shows but never fails. */
    public String text(Language language, String key, Object... arguments) {
        return find(language, key, arguments).orElse(key);
    }

    /** The text of a key in a language, empty when neither the language's file nor the base file has it. */
    public Optional<String> find(Language language, String key, Object... arguments) {
        ResourceBundle bundle;
        try {
            bundle = ResourceBundle.getBundle(baseName, language.locale(), loader(), NO_FALLBACK);
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
        if (!bundle.containsKey(key)) {
            return Optional.empty();
        }
        String pattern = bundle.getString(key);
        // arguments as written (a year 2024, not "2.024" as a Vietnamese number format would have it)
        Object[] texts = java.util.Arrays.stream(arguments).map(String::valueOf).toArray();
        return Optional.of(arguments.length == 0 ? pattern
                : new MessageFormat(pattern, language.locale()).format(texts));
    }

    private static ClassLoader loader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : Messages.class.getClassLoader();
    }
}
