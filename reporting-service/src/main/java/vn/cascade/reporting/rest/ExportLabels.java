package vn.cascade.reporting.rest;

import java.util.Map;
import vn.cascade.common.i18n.Language;
import vn.cascade.common.i18n.Messages;

/**
 * The words of an export in the caller's language ({@code i18n/export*.properties}): headings, scopes, levels,
 * period kinds, results and statuses; indicator names from the catalogue (Vietnamese, or English with {@code en}).
 */
record ExportLabels(Language language, Map<String, String> englishIndicatorNames) {

    private static final Messages EXPORT = Messages.of("i18n.export");

    String text(String key, Object... arguments) {
        return EXPORT.text(language, key, arguments);
    }

    /** The label of an enumerated value ({@code level.PROVINCIAL}); the value itself when there is none. */
    String label(String family, Object value) {
        return value == null ? null : EXPORT.find(language, family + "." + value).orElse(value.toString());
    }

    /** The catalogue's name of an indicator in this language; null for a code only a target names. */
    String indicatorName(String code, String vietnameseName) {
        if (language == Language.EN) {
            return englishIndicatorNames.getOrDefault(code, vietnameseName);
        }
        return vietnameseName;
    }
}
