package vn.cascade.reader;

import vn.cascade.common.text.VietnameseText;

/**
 * Text folded character by character (no diacritics, đ → d, lower case) with the same length as the original, so
 * that a match found in the folded text can be cut out of the original with the same indices. Every reader folds
 * what it reads, so the folding of each character below U+2000 (all Vietnamese letters) is worked out once.
 */
public final class Folded {

    private static final char[] TABLE = new char[0x2000];

    static {
        for (char c = 0; c < TABLE.length; c++) {
            TABLE[c] = foldOne(c);
        }
    }

    private Folded() {
    }

    public static String of(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            out[i] = c < TABLE.length ? TABLE[c] : foldOne(c);
        }
        return new String(out);
    }

    private static char foldOne(char c) {
        if (Character.isWhitespace(c)) {
            return ' ';
        }
        if (Character.isSurrogate(c)) {
            return c;
        }
        String folded = VietnameseText.fold(String.valueOf(c));
        return folded.length() == 1 ? folded.charAt(0) : Character.toLowerCase(c);
    }
}
