package vn.cascade.reader;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cascade.common.documents.DocumentSymbol;
import vn.cascade.common.documents.DocumentType;

/**
 * The sentence that announces a plan where no letterhead does: a news lead or a repost's opening ("Ngày 5/9/2018,
 * Ban Thường vụ Thành ủy … ban hành Chương trình số 31-CTr/TU …", "Đảng ủy Khối … xây dựng Kế hoạch …"), or a
 * headline ("Chương trình hành động thực hiện …"). From it: who issued the plan (the subject of the verb, as
 * written), what kind of plan it is, and its symbol and date when the sentence gives them. A date is taken only
 * when it belongs to the plan: written right after its symbol, or opening the sentence whose verb issues it; page
 * dates and timestamps are never read here.
 */
public final class LeadReader {

    /** What the lead says of the plan itself; any part may be missing. */
    public record Lead(DocumentType type, DocumentSymbol symbol, LocalDate issueDate, List<String> issuerNames,
            Set<Integer> usedLines) {
    }

    private static final Pattern OWN_SYMBOL = Pattern.compile(
            "(?:\\s+hanh dong)?\\s+so\\s*:?\\s*(?<symbol>" + ReferenceReader.SYMBOL_TEXT + ")");
    // "Ngày 5/9/2018, …", "Ngày 20-11-2013, …" opening the sentence (folded).
    public static final Pattern OPENING_DATE = Pattern.compile(
            "^\\(?[\\p{L} .:]{0,20}\\)?\\s*-?\\s*ngay\\s+(?<d>\\d{1,2})\\s*[/.-]\\s*(?<m>\\d{1,2})\\s*[/.-]\\s*(?<y>\\d{4})\\s*,");
    /** A date written right after a symbol: "21-NQ/TW ngày 16/6/2022", "…, ngày 16 tháng 6 năm 2022" (folded). */
    public static final Pattern DATE_NEXT = Pattern.compile("[\\s,]*" + HeaderReader.DATE.pattern());
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s+(?=[\\p{Lu}“\"(])");

    private LeadReader() {
    }

    /** @param preamble the lines before the first section; {@code own} symbol already read from a letterhead, or null */
    public static Lead read(List<SourceLine> preamble) {
        return read(preamble, DocumentKinds.PLANS);
    }

    /** The lead of a document of these kinds ("… ban hành Nghị quyết số 10-NQ/TU …" for directives). */
    public static Lead read(List<SourceLine> preamble, DocumentKinds kinds) {
        DocumentType type = null;
        DocumentSymbol symbol = null;
        LocalDate date = null;
        List<String> issuers = new ArrayList<>();
        Set<Integer> used = new LinkedHashSet<>();
        for (SourceLine line : preamble) {
            String text = line.text().replace('\t', ' ');
            if (type == null && text.strip().length() < 400) {
                Matcher headline = kinds.leadHeadline.matcher(Folded.of(text.strip()));
                if (headline.find()) {
                    type = kinds.typeOf(headline.group("type"));
                }
            }
            for (String sentence : sentences(text)) {
                String folded = Folded.of(sentence);
                Matcher issuing = kinds.issuing.matcher(folded);
                while (issuing.find()) {
                    used.add(line.number());
                    DocumentType issued = kinds.typeOf(issuing.group("type"));
                    type = type == null ? issued : type;
                    if (issuers.size() < 20) {
                        issuers.addAll(subjects(sentence, issuing.start()));
                    }
                    Matcher own = OWN_SYMBOL.matcher(folded).region(issuing.end(), folded.length());
                    if (symbol == null && own.lookingAt()) {
                        int start = own.start("symbol");
                        int end = own.end("symbol");
                        Optional<DocumentSymbol> read = DocumentSymbol.tryParse(sentence.substring(start, end))
                                .filter(s -> kinds.takes(s.type()));
                        if (read.isPresent()) {
                            symbol = read.get();
                            type = symbol.type();
                            date = dateAfter(folded, end).or(() -> openingDate(folded)).orElse(date);
                        }
                    } else if (date == null && symbol == null) {
                        date = openingDate(folded).orElse(null);
                    }
                }
            }
        }
        return new Lead(type, symbol, date, issuers, used);
    }

    public static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(text)) {
            if (!sentence.isBlank()) {
                out.add(sentence.strip());
            }
        }
        return out;
    }

    /**
     * Who does the issuing: the words before the verb, from the sentence start or from any comma or semicolon, the
     * shortest first, since a name can hold a comma ("Đảng ủy Khối các trường Đại học, Cao đẳng Hà Nội").
     */
    public static List<String> subjects(String sentence, int verbAt) {
        List<String> out = new ArrayList<>();
        // A news agency's mark or a dateline opening the lead: "(QNO) - ", "(Baonghean.vn) - ".
        // Names are short: only the 300 characters before the verb are looked at, the sentence start only if within them.
        String before = sentence.substring(Math.max(0, verbAt - 300), verbAt).replaceFirst("^\\([^()]{1,30}\\)\\s*[-–]?\\s*", "");
        for (int i = before.length() - 1; i >= -1; i--) {
            if (i == -1 && verbAt > 300) {
                break;
            }
            if (i == -1 || before.charAt(i) == ',' || before.charAt(i) == ';') {
                String candidate = before.substring(i + 1).strip();
                if (candidate.length() > 150) {
                    break;
                }
                if (candidate.length() >= 3 && Character.isUpperCase(candidate.codePointAt(0))) {
                    out.add(candidate);
                }
            }
        }
        return out;
    }

    private static Optional<LocalDate> dateAfter(String folded, int end) {
        Matcher d = DATE_NEXT.matcher(folded).region(end, Math.min(folded.length(), end + 40));
        return d.lookingAt() ? HeaderReader.date(d.group("y"), d.group("m"), d.group("d")) : Optional.empty();
    }

    public static Optional<LocalDate> openingDate(String folded) {
        Matcher m = OPENING_DATE.matcher(folded);
        return m.find() ? HeaderReader.date(m.group("y"), m.group("m"), m.group("d")) : Optional.empty();
    }
}
