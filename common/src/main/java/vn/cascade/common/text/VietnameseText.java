package vn.cascade.common.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vietnamese text as stored (NFC) and as searched (folded: no diacritics, {@code đ} as {@code d}, lower case). */
public final class VietnameseText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private VietnameseText() {
    }

    /** The canonical stored form: NFC, trimmed; null stays null. */
    public static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    }

    /** The search form: {@code "Nghị quyết số 21-NQ/TW"} → {@code "nghi quyet so 21-nq/tw"}. */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
