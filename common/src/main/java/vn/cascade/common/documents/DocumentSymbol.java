package vn.cascade.common.documents;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cascade.common.domain.DomainException;

import vn.cascade.common.text.VietnameseText;

/**
 * The number and code of a document (số, ký hiệu) in either of the two forms Vietnamese documents use:
 * <ul>
 * <li>a Party document's, {@code number-TYPE/ISSUER}: {@code 21-NQ/TW}, {@code 07-KH/TW}, {@code 48-CTr/TU};</li>
 * <li>a State document's, {@code number/[year/]TYPE-ISSUER}: {@code 594/KH-UBND}, {@code 19/CT-TTg},
 * {@code 123/2015/NĐ-CP} (the year is written by legal documents such as decrees and circulars).</li>
 * </ul>
 *
 * <p>A symbol alone does not identify a document: numbers restart with each term and year, so
 * {@code 01-KL/TW} names several conclusions. Identify a document by its symbol plus issue date.
 *
 * <p>Two symbols are equal only if their canonical forms are equal; {@code 12-KH/DU} and
 * {@code 12-KH/ĐU} differ but share a {@link #searchKey()}, which is what lookups should compare. The two forms
 * never share a key: {@code 21-NQ/TW} and {@code 21/NQ-TW} are different documents' symbols.
 *
 * @param form       Party ({@code 21-NQ/TW}) or State ({@code 594/KH-UBND})
 * @param number     1 to 99999
 * @param year       the year a State symbol writes ({@code 2015} in {@code 123/2015/NĐ-CP}), else null
 * @param type       the type code
 * @param issuerCode NFC, Đ kept as written; upper case ({@code TW}, {@code BTCTW}, {@code ĐU}, {@code UBND}) except
 *                   the State codes written in mixed case by convention ({@code TTg}, the Prime Minister)
 */
public record DocumentSymbol(Form form, int number, Integer year, DocumentType type, String issuerCode) {

    /** Which system numbered the document. */
    public enum Form {
        /** {@code number-TYPE/ISSUER}, the Party's (Quy định 66-QĐ/TW). */
        PARTY,
        /** {@code number/[year/]TYPE-ISSUER}, the State's (Nghị định 30/2020/NĐ-CP). */
        STATE
    }

    static final int MAX_NUMBER = 99_999;
    static final int MIN_YEAR = 1945;
    static final int MAX_YEAR = 2100;

    // Issuers start with a letter, then letters, digits and single inner hyphens: TW, BTCTW, ĐU, TƯ, UBND, BTC-BNV.
    private static final String ISSUER =
            "\\p{L}[\\p{L}\\p{M}\\p{Nd}]*+(?:-[\\p{L}\\p{M}\\p{Nd}]++)*+";
    private static final Pattern ISSUER_PATTERN = Pattern.compile(ISSUER);

    // State issuer codes that are written in mixed case, by their upper-case form.
    private static final Map<String, String> MIXED_CASE_ISSUERS = Map.of("TTG", "TTg");

    // Every part optional so a failed parse can say which part is missing. The separator after the number tells
    // the form: a dash for the Party's, a slash for the State's.
    private static final Pattern PARTS = Pattern.compile(
            "(?:s[oố]\\h*:?\\h*)?"
                    + "(?<number>[0-9]++)?\\h*(?<dash>-)?\\h*(?<type>\\p{L}++)?"
                    + "\\h*(?<slash>/)?\\h*(?<issuer>" + ISSUER + ")?\\h*(?<rest>.*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    private static final Pattern STATE_PARTS = Pattern.compile(
            "(?:s[oố]\\h*:?\\h*)?"
                    + "(?<number>[0-9]++)\\h*/\\h*(?:(?<year>[0-9]{4})\\h*/\\h*)?(?<type>\\p{L}++)?"
                    + "\\h*(?<dash>-)?\\h*(?<issuer>" + ISSUER + ")?\\h*(?<rest>.*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    private static final Pattern STATE_START = Pattern.compile("(?:s[oố]\\h*:?\\h*)?[0-9]++\\h*/",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    // In running text: not glued to a preceding word, number or date ("16/6/2022"). A State symbol's type is
    // letters right after the number (or its year), so dates (16/6/2022) and fractions are not symbols.
    private static final Pattern IN_TEXT = Pattern.compile(
            "(?<![\\p{L}\\p{M}\\p{Nd}/-])(?:"
                    + "(?<number>[0-9]++)\\h*-\\h*(?<type>\\p{L}++)\\h*/\\h*(?<issuer>" + ISSUER + ")"
                    + "|(?<snumber>[0-9]++)\\h*/\\h*(?:(?<syear>[0-9]{4})\\h*/\\h*)?(?<stype>\\p{L}++)"
                    + "\\h*-\\h*(?<sissuer>" + ISSUER + "))");

    // Hyphen, non-breaking hyphen, figure dash, en dash, em dash, minus and full-width variants.
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D]");
    private static final Pattern SLASHES = Pattern.compile("[\\u2044\\u2215\\uFF0F]");
    private static final Pattern SPACES = Pattern.compile("\\p{Zs}");

    public DocumentSymbol {
        Objects.requireNonNull(form, "form");
        if (number < 1 || number > MAX_NUMBER) {
            throw new InvalidDocumentSymbolException(
                    "The number " + number + " is out of range 1 to " + MAX_NUMBER);
        }
        Objects.requireNonNull(type, "type");
        if (year != null && (form == Form.PARTY || year < MIN_YEAR || year > MAX_YEAR)) {
            throw new InvalidDocumentSymbolException(form == Form.PARTY
                    ? "A Party symbol has no year" : "The year " + year + " is out of range " + MIN_YEAR + " to " + MAX_YEAR);
        }
        if (issuerCode == null || issuerCode.isBlank()) {
            throw new InvalidDocumentSymbolException("The issuer code is missing");
        }
        issuerCode = Normalizer.normalize(issuerCode.strip(), Normalizer.Form.NFC).toUpperCase(Locale.ROOT);
        if (!ISSUER_PATTERN.matcher(issuerCode).matches()) {
            throw new InvalidDocumentSymbolException("The issuer code '" + issuerCode
                    + "' may contain only letters, digits and inner hyphens, starting with a letter");
        }
        if (form == Form.STATE) {
            issuerCode = mixedCase(issuerCode);
        }
    }

    /** A Party symbol, {@code number-TYPE/ISSUER}. */
    public DocumentSymbol(int number, DocumentType type, String issuerCode) {
        this(Form.PARTY, number, null, type, issuerCode);
    }

    /** A State symbol, {@code number/[year/]TYPE-ISSUER}; {@code year} may be null. */
    public static DocumentSymbol state(int number, Integer year, DocumentType type, String issuerCode) {
        return new DocumentSymbol(Form.STATE, number, year, type, issuerCode);
    }

    /**
     * Reads a symbol as written in documents, in either form: tolerates a leading "số", spaces around the dash and
     * slash, dash variants, leading zeros, any case, NFC or NFD.
     *
     * @throws InvalidDocumentSymbolException naming the part that is missing or wrong
     */
    public static DocumentSymbol parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidDocumentSymbolException("The document symbol is empty");
        }
        String normalized = normalize(text).strip();
        if (STATE_START.matcher(normalized).lookingAt()) {
            return parseState(text, normalized);
        }
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
        DocumentType type = type(text, m.group("type"));
        if (m.group("slash") == null) {
            throw invalid(text, "the slash between type and issuer is missing");
        }
        if (m.group("issuer") == null) {
            throw invalid(text, "the issuer code is missing");
        }
        if (!m.group("rest").isEmpty()) {
            throw invalid(text, "unexpected text '" + m.group("rest") + "' after the issuer");
        }
        return new DocumentSymbol(number(text, m.group("number")), type, m.group("issuer"));
    }

    private static DocumentSymbol parseState(String text, String normalized) {
        Matcher m = STATE_PARTS.matcher(normalized);
        if (!m.matches()) { // cannot happen: the start was checked and the rest is optional
            throw invalid(text, "it could not be read");
        }
        DocumentType type = type(text, m.group("type"));
        if (m.group("dash") == null) {
            throw invalid(text, "the dash between type and issuer of a State symbol is missing");
        }
        if (m.group("issuer") == null) {
            throw invalid(text, "the issuer code is missing");
        }
        if (!m.group("rest").isEmpty()) {
            throw invalid(text, "unexpected text '" + m.group("rest") + "' after the issuer");
        }
        Integer year = m.group("year") == null ? null : Integer.valueOf(m.group("year"));
        if (year != null && (year < MIN_YEAR || year > MAX_YEAR)) {
            throw invalid(text, "the year " + year + " is out of range " + MIN_YEAR + " to " + MAX_YEAR);
        }
        return state(number(text, m.group("number")), year, type, m.group("issuer"));
    }

    private static DocumentType type(String text, String code) {
        if (code == null) {
            throw invalid(text, "the type code is missing");
        }
        return DocumentType.fromCode(code).orElseThrow(
                () -> invalid(text, "the type code '" + code + "' is unknown (known: " + knownCodes() + ")"));
    }

    private static int number(String text, String digits) {
        return number(digits).orElseThrow(() -> invalid(text, "the number is out of range 1 to " + MAX_NUMBER));
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
            boolean party = m.group("number") != null;
            Optional<Integer> number = number(m.group(party ? "number" : "snumber"));
            Optional<DocumentType> type = DocumentType.fromCode(m.group(party ? "type" : "stype"));
            Integer year = party || m.group("syear") == null ? null : Integer.valueOf(m.group("syear"));
            if (number.isEmpty() || type.isEmpty() || year != null && (year < MIN_YEAR || year > MAX_YEAR)) {
                continue;
            }
            found.add(party ? new DocumentSymbol(number.get(), type.get(), m.group("issuer"))
                    : state(number.get(), year, type.get(), m.group("sissuer")));
        }
        return List.copyOf(found);
    }

    /** Folded form for lookups: {@code 12-KH/ĐU} and {@code 12-kh/du} both give {@code 12-kh/du}. */
    public String searchKey() {
        return VietnameseText.fold(toString());
    }

    /** Whether this is a State symbol ({@code 594/KH-UBND}). */
    public boolean isState() {
        return form == Form.STATE;
    }

    /**
     * Canonical form; numbers below 10 keep the leading zero documents use: {@code 07-KH/TW}, {@code 05/KH-UBND},
     * {@code 123/2015/NĐ-CP}.
     */
    @Override
    public String toString() {
        return form == Form.PARTY
                ? String.format(Locale.ROOT, "%02d-%s/%s", number, type.code(), issuerCode)
                : String.format(Locale.ROOT, "%02d/%s%s-%s", number, year == null ? "" : year + "/", type.code(),
                        issuerCode);
    }

    private static String mixedCase(String upper) {
        StringBuilder canonical = new StringBuilder();
        for (String part : upper.split("-", -1)) {
            canonical.append(canonical.isEmpty() ? "" : "-").append(MIXED_CASE_ISSUERS.getOrDefault(part, part));
        }
        return canonical.toString();
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
