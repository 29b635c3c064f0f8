package vn.cascade.common.text;

import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.cascade.common.domain.DomainException;

/**
 * The words a caller searches for, folded as stored search words are ({@link VietnameseText#fold}; punctuation
 * inside a word splits it: "21-NQ/TW" → 21 nq tw), for PostgreSQL's {@code websearch_to_tsquery} in the
 * {@code simple} configuration: quoted phrases, {@code or} and a minus before a word keep their meaning.
 * Services keep the problem texts of the keys {@code search.words-required} and {@code search.words-too-long}.
 */
public final class SearchWords {

    /** Longest search text taken: a search is a few words, not a document. */
    public static final int MAX_LENGTH = 200;

    private static final Pattern PUNCTUATION = Pattern.compile("[^\\p{L}\\p{Nd}\"\\s-]+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");
    private static final Pattern INNER_HYPHEN = Pattern.compile("(?<=[\\p{L}\\p{Nd}])-");

    private SearchWords() {
    }

    /** The stored form: the parts folded, punctuation a space, joined; what a search text column holds. */
    public static String document(Stream<String> parts) {
        return parts.filter(part -> part != null && !part.isBlank())
                .map(VietnameseText::fold)
                .map(folded -> NOT_WORD.matcher(folded).replaceAll(" ").strip())
                .collect(Collectors.joining(" "));
    }

    /** The query form of {@code words} (parameter {@code field}); 400 when blank, too long or without any word. */
    public static String query(String field, String words) {
        if (words == null || words.isBlank()) {
            throw DomainException.invalid(field, "give the words to search for", "search.words-required");
        }
        if (words.length() > MAX_LENGTH) {
            throw DomainException.invalid(field, "at most " + MAX_LENGTH + " characters", "search.words-too-long",
                    MAX_LENGTH);
        }
        String folded = VietnameseText.fold(words);
        folded = INNER_HYPHEN.matcher(PUNCTUATION.matcher(folded).replaceAll(" ")).replaceAll(" ").strip();
        if (folded.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw DomainException.invalid(field, "give at least one word or number", "search.words-required");
        }
        return folded;
    }
}
