package vn.cascade.common.documents;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cascade.common.domain.DomainException;

import vn.cascade.common.text.VietnameseText;

/**
 * The number and code of a Party document (số, ký hiệu), e.g. {@code 21-NQ/TW}: number, type code,
 * issuer code.
 *
 * <p>A symbol alone does not identify a document: numbers restart with each term and year, so
 * {@code 01-KL/TW} names several conclusions. Identify a document by its symbol plus issue date.
 *
 * <p>Two symbols are equal only if their canonical forms are equal; {@code 12-KH/DU} and
 * {@code 12-KH/ĐU} differ but share a {@link #searchKey()}, which is what lookups should compare.
 *
 * @param number     1 to 99999
 * @param type       the type code
 * @param issuerCode upper case, NFC, Đ kept as written ({@code TW}, {@code BTCTW}, {@code ĐU})
 */
public record DocumentSymbol(int number, DocumentType type, String issuerCode) {

    static final int MAX_NUMBER = 99_999;

    // Issuers start with a letter, then letters, digits and single inner hyphens: TW, BTCTW, ĐU, TƯ.
    private static final String ISSUER =
            "\\p{L}[\\p{L}\\p{M}\\p{Nd}]*+(?:-[\\p{L}\\p{M}\\p{Nd}]++)*+";
    private static final Pattern ISSUER_PATTERN = Pattern.compile(ISSUER);

    // Every part optional so a failed parse can say which part is missing.
    private static final Pattern PARTS = Pattern.compile(
            "(?:s[oố]\\h*:?\\h*)?"
                    + "(?<number>[0-9]++)?\\h*(?<dash>-)?\\h*(?<type>\\p{L}++)?"
                    + "\\h*(?<slash>/)?\\h*(?<issuer>" + ISSUER + ")?\\h*(?<rest>.*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);

    // In running text: not glued to a preceding word, number or date ("16/6/2022").
    private static final Pattern IN_TEXT = Pattern.compile(
            "(?<![\\p{L}\\p{M}\\p{Nd}/-])"
                    + "(?<number>[0-9]++)\\h*-\\h*(?<type>\\p{L}++)\\h*/\\h*(?<issuer>" + ISSUER + ")");

    // Hyphen, non-breaking hyphen, figure dash, en dash, em dash, minus and full-width variants.
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D]");
    private static final Pattern SLASHES = Pattern.compile("[\\u2044\\u2215\\uFF0F]");
    private static final Pattern SPACES = Pattern.compile("\\p{Zs}");

    public DocumentSymbol {
        if (number < 1 || number > MAX_NUMBER) {
            throw new InvalidDocumentSymbolException(
                    "The number " + number + " is out of range 1 to " + MAX_NUMBER);
        }
        Objects.requireNonNull(type, "type");
        if (issuerCode == null || issuerCode.isBlank()) {
            throw new InvalidDocumentSymbolException("The issuer code is missing");
        }
        issuerCode = Normalizer.normalize(issuerCode.strip(), Normalizer.Form.NFC).toUpperCase(Locale.ROOT);
        if (!ISSUER_PATTERN.matcher(issuerCode).matches()) {
            throw new InvalidDocumentSymbolException("The issuer code '" + issuerCode
                    + "' may contain only letters, digits and inner hyphens, starting with a letter");
        }
    }

    /**
     * Reads a symbol as written in documents: tolerates a leading "số", spaces around the dash and
     * slash, dash variants, leading zeros, any case, NFC or NFD.
     *
     * @throws InvalidDocumentSymbolException naming the part that is missing or wrong
     */
    public static DocumentSymbol parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidDocumentSymbolException("The document symbol is empty");
        }
        String normalized = normalize(text).strip();
        Matcher m = PARTS.matcher(normalized);
        if (!m.matches()) { // cannot happen: every part is optional
            throw invalid(text, "it could not be read");
        }
        if (m.group("number") == null) {
            throw invalid(text, "the number is missing");
        }
        if (m.group("dash") == null) {
            throw invalid(text, "the dash between number and type is missing");
        }
        if (m.group("type") == null) {
            throw invalid(text, "the type code is missing");
        }
        if (DocumentType.fromCode(m.group("type")).isEmpty()) {
            throw invalid(text, "the type code '" + m.group("type") + "' is unknown (known: " + knownCodes() + ")");
        }
        if (m.group("slash") == null) {
            throw invalid(text, "the slash between type and issuer is missing");
        }
        if (m.group("issuer") == null) {
            throw invalid(text, "the issuer code is missing");
        }
        if (!m.group("rest").isEmpty()) {
            throw invalid(text, "unexpected text '" + m.group("rest") + "' after the issuer");
        }
        Optional<Integer> number = number(m.group("number"));
        if (number.isEmpty()) {
            throw invalid(text, "the number is out of range 1 to " + MAX_NUMBER);
        }
        return new DocumentSymbol(number.get(), DocumentType.fromCode(m.group("type")).orElseThrow(),
                m.group("issuer"));
    }

    /** Reads the symbol given in a request's {@code field}: one that cannot be read is an invalid value of it. */
    public static DocumentSymbol parseField(String field, String text) {
        try {
            return parse(text);
        } catch (InvalidDocumentSymbolException e) {
            throw DomainException.invalid(field, e.getMessage());
        }
    }

    /** Like {@link #parse(String)}, empty instead of an exception. */
    public static Optional<DocumentSymbol> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (InvalidDocumentSymbolException e) {
            return Optional.empty();
        }
    }

    /**
     * Every symbol mentioned in running text, in order of first mention, each once (by canonical
     * form). Dates such as 16/6/2022 and unknown type codes are not symbols.
     */
    public static List<DocumentSymbol> findAll(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Set<DocumentSymbol> found = new LinkedHashSet<>();
        Matcher m = IN_TEXT.matcher(normalize(text));
        while (m.find()) {
            Optional<Integer> number = number(m.group("number"));
            Optional<DocumentType> type = DocumentType.fromCode(m.group("type"));
            if (number.isPresent() && type.isPresent()) {
                found.add(new DocumentSymbol(number.get(), type.get(), m.group("issuer")));
            }
        }
        return List.copyOf(found);
    }

    /** Folded form for lookups: {@code 12-KH/ĐU} and {@code 12-kh/du} both give {@code 12-kh/du}. */
    public String searchKey() {
        return VietnameseText.fold(toString());
    }

    /** Canonical form; numbers below 10 keep the leading zero documents use: {@code 07-KH/TW}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%02d-%s/%s", number, type.code(), issuerCode);
    }

    private static String normalize(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        nfc = DASHES.matcher(nfc).replaceAll("-");
        nfc = SLASHES.matcher(nfc).replaceAll("/");
        return SPACES.matcher(nfc).replaceAll(" ");
    }

    private static Optional<Integer> number(String digits) {
        String significant = digits.replaceFirst("^0+", "");
        if (significant.isEmpty() || significant.length() > 5) {
            return Optional.empty();
        }
        int value = Integer.parseInt(significant);
        return value <= MAX_NUMBER ? Optional.of(value) : Optional.empty();
    }

    private static InvalidDocumentSymbolException invalid(String text, String problem) {
        return new InvalidDocumentSymbolException("Invalid document symbol '" + text.strip() + "': " + problem);
    }

    private static String knownCodes() {
        List<String> codes = new ArrayList<>();
        for (DocumentType type : DocumentType.values()) {
            codes.add(type.code());
        }
        return String.join(", ", codes);
    }
}
