package vn.cascade.plan.importer;

import vn.cascade.common.text.VietnameseText;

/**
 * Text folded character by character (no diacritics, đ → d, lower case) with the same length as the original, so
 * that a match found in the folded text can be cut out of the original with the same indices.
 */
final class Folded {

    private Folded() {
    }

    static String of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                out.append(' ');
                continue;
            }
            String folded = VietnameseText.fold(String.valueOf(c));
            out.append(folded.length() == 1 ? folded.charAt(0) : Character.toLowerCase(c));
        }
        return out.toString();
    }
}
