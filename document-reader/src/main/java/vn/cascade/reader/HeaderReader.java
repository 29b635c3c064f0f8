package vn.cascade.reader;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cascade.common.documents.DocumentSymbol;
import vn.cascade.common.documents.DocumentType;

/**
 * The head of a Party or State document: the issuing bodies in capitals at the top left ("ĐẢNG BỘ TỈNH QUẢNG TRỊ / HUYỆN ỦY
 * VĨNH LINH"), "Số 68 - KH/HU" (a State document's "Số: 594/KH-UBND"), "Vĩnh Linh, ngày 9 tháng 01 năm 2023", the type in capitals ("KẾ HOẠCH",
 * "CHƯƠNG TRÌNH HÀNH ĐỘNG") and the title below it. A web page that carries only a headline ("Kế hoạch số
 * 07-KH/TW, ngày 17/8/2022 của Bộ Chính trị về …") gives its symbol, date and title from that line.
 */
public final class HeaderReader {

    public record Header(DocumentType type, DocumentSymbol symbol, LocalDate issueDate, String issuePlace,
            List<String> issuerLines, String title, List<Integer> usedLines) {

        /** This letterhead completed by the lead: type, symbol and date where the letterhead gives none. */
        public Header withLead(LeadReader.Lead lead) {
            List<Integer> used = new ArrayList<>(usedLines);
            used.addAll(lead.usedLines());
            return new Header(type != null ? type : lead.type(), symbol == null && lead.symbol() != null ? lead.symbol() : symbol,
                    issueDate != null ? issueDate : lead.issueDate(), issuePlace, issuerLines, title, used);
        }
    }

    private static final Pattern PLACE_DATE = Pattern.compile(
            "^(?<place>[^,\\d]{2,50}),\\s*ngày\\s+(?<d>\\d{1,2})\\s+tháng\\s+(?<m>\\d{1,2})\\s+năm\\s+(?<y>\\d{4})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    public static final Pattern DATE = Pattern.compile(
            "ngay\\s+(?<d>\\d{1,2})\\s*(?:/|-|\\.|\\s+thang\\s+)(?<m>\\d{1,2})\\s*(?:/|-|\\.|\\s+nam\\s+)(?<y>\\d{4})");
    private static final Pattern SYMBOL_LINE = Pattern.compile("^so\\s*:?\\s*\\d+\\s*(?:-|/\\s*(?:\\d{4}\\s*/\\s*)?\\p{L})");

    private HeaderReader() {
    }

    public static Header read(List<SourceLine> preamble) {
        return read(preamble, DocumentKinds.PLANS);
    }

    /** The head of a document of these kinds: the type line and web headline name one of them. */
    public static Header read(List<SourceLine> preamble, DocumentKinds kinds) {
        DocumentType type = null;
        DocumentSymbol symbol = null;
        LocalDate date = null;
        String place = null;
        String title = null;
        List<String> issuerLines = new ArrayList<>();
        List<Integer> used = new ArrayList<>();
        boolean afterType = false;
        List<SourceLine> lines = cellsAsLines(preamble);
        for (SourceLine line : lines) {
            String text = line.text().strip();
            String folded = Folded.of(text);
            Matcher headline = kinds.headline.matcher(folded);
            Matcher placeDate = PLACE_DATE.matcher(text);
            if (symbol == null && headline.find()) {
                type = kinds.typeOf(headline.group(1));
                symbol = DocumentSymbol.tryParse(text.substring(headline.start("symbol"), headline.end("symbol"))).orElse(null);
                Matcher d = DATE.matcher(folded);
                if (d.find(headline.end()) && d.start() - headline.end() < 12) {
                    date = date(d.group("y"), d.group("m"), d.group("d")).orElse(null);
                    String rest = text.substring(d.end()).strip();
                    title = capitalise(rest.replaceFirst("^của .+? (?=về )", ""));
                }
                used.add(line.number());
            } else if (symbol == null && SYMBOL_LINE.matcher(folded).find()) {
                symbol = DocumentSymbol.tryParse(text).orElse(null);
                used.add(line.number());
            } else if (date == null && placeDate.find()) {
                place = placeDate.group("place").strip();
                date = date(placeDate.group("y"), placeDate.group("m"), placeDate.group("d")).orElse(null);
                used.add(line.number());
            } else if (type == null && kinds.typeLine.matcher(folded).matches() && text.equals(text.toUpperCase())) {
                type = kinds.typeOf(kinds.typeLine.matcher(folded).results().findFirst().orElseThrow().group(1));
                afterType = true;
                used.add(line.number());
            } else if (afterType && title == null && startsLowerOrQuote(text)) {
                title = capitalise(text);
                used.add(line.number());
            } else if (type == null && symbol == null && isCapitalsLine(text) && !isNationalHeading(text)) {
                issuerLines.add(text);
                used.add(line.number());
            } else if (isNationalHeading(text)) {
                used.add(line.number());
            }
        }
        return new Header(type, symbol, date, place, issuerLines, title, used);
    }

    /** The right-hand heading of Party and State documents, never an issuer. */
    private static boolean isNationalHeading(String text) {
        String folded = Folded.of(text).strip();
        return folded.startsWith("dang cong san viet nam") || folded.startsWith("cong hoa xa hoi chu nghia viet nam")
                || folded.startsWith("doc lap - tu do - hanh phuc");
    }

    /** A header written as a two-column table comes out as cells; read them as lines. */
    private static List<SourceLine> cellsAsLines(List<SourceLine> preamble) {
        List<SourceLine> out = new ArrayList<>();
        for (SourceLine line : preamble) {
            for (String cell : line.text().split("\t")) {
                if (!cell.isBlank()) {
                    out.add(line.withText(cell.strip()));
                }
            }
        }
        return out;
    }

    public static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static boolean isCapitalsLine(String text) {
        String letters = text.replaceAll("[^\\p{L}]", "");
        return letters.length() >= 4 && letters.equals(letters.toUpperCase()) && text.split("\\s+").length <= 10;
    }

    private static boolean startsLowerOrQuote(String text) {
        return !text.isEmpty() && (Character.isLowerCase(text.codePointAt(0)) || "“\"'(".indexOf(text.charAt(0)) >= 0);
    }

    public static String capitalise(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? stripped : stripped.substring(0, 1).toUpperCase() + stripped.substring(1);
    }
}
