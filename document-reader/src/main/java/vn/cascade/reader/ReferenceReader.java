package vn.cascade.reader;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cascade.common.documents.DocumentSymbol;
import vn.cascade.common.documents.ReferenceKind;

/**
 * The documents a plan carries out, from its opening ("Thực hiện Nghị quyết số 21-NQ/TW ngày 16/6/2022 …, Kế hoạch
 * số 07-KH/TW ngày 17/8/2022 …"; "Căn cứ Nghị định số 123/2015/NĐ-CP …"): the first directive named (Party or State:
 * "Chỉ thị số 19/CT-TTg") is the one implemented, every other document named there is one the plan is based on,
 * each with the date written after its symbol.
 */
public final class ReferenceReader {

    /** A document named, by symbol and, when written beside it, its issue date. */
    public record Reference(ReferenceKind kind, String symbol, LocalDate issueDate) {
    }

    public record References(Reference implemented, List<Reference> basedOn, List<Integer> usedLines) {
    }

    private static final Pattern OPENING = Pattern.compile("^[-+]?\\s*(thuc hien|can cu|thi hanh|trien khai)\\b");
    private static final String ISSUER = "\\p{L}[\\p{L}\\p{Nd}]*(?:-[\\p{L}\\p{Nd}]+)*";
    /**
     * A symbol as written in running text, in either form: a Party document's "21-NQ/TW" or a State document's
     * "594/KH-UBND", "123/2015/NĐ-CP" (a dated "16/6/2022" has no letters after its slash).
     */
    public static final String SYMBOL_TEXT = "(?:\\d{1,5}\\s*-\\s*\\p{L}{2,5}\\s*/\\s*" + ISSUER
            + "|\\d{1,5}\\s*/\\s*(?:\\d{4}\\s*/\\s*)?\\p{L}{2,5}\\s*-\\s*" + ISSUER + ")";
    private static final Pattern SYMBOL = Pattern.compile("(?<![\\p{L}\\p{Nd}/-])" + SYMBOL_TEXT);

    // "Nghị quyết (số) 21 (, ngày …) của Ban Chấp hành Trung ương" (folded): a number with no code after it.
    private static final Pattern NAMED = Pattern.compile("\\b(?<type>nghi quyet|ket luan|chi thi|quy dinh|huong dan|ke hoach"
            + "|chuong trinh hanh dong|chuong trinh)\\s+(?:so\\s*)?(?<n>\\d{1,5})(?![\\d/-]|\\s*-\\s*\\p{L})"
            + "(?:\\s*,?\\s*ngay\\s+[\\d/.-]{6,10}|\\s*,?\\s*ngay\\s+\\d{1,2}\\s+thang\\s+\\d{1,2}\\s+nam\\s+\\d{4})?"
            + "\\s*,?\\s*(?:cua|do)\\s+(?<issuer>\\p{L}+(?: \\p{L}+){0,4})");
    // The verb may carry an adverb or two: "triển khai sâu rộng Kết luận số 93-KL/TW".
    private static final Pattern GOVERNED = Pattern.compile("\\b(?:thuc hien|trien khai|quan triet|tuyen truyen|ban hanh)"
            + "(?:\\s+(?!nghi quyet|ket luan|chi thi|quy dinh|huong dan|ke hoach|chuong trinh)\\p{L}+){0,2}?\\s+(?<type>nghi quyet"
            + "|ket luan|chi thi|quy dinh|huong dan|ke hoach|chuong trinh)\\b");
    private static final Pattern ISSUED_DIRECTIVE = Pattern.compile(
            "\\bban hanh\\s+(?:nghi quyet|ket luan|chi thi|quy dinh|huong dan)\\b");

    private ReferenceReader() {
    }

    public static References read(List<SourceLine> preamble, String title, DocumentSymbol own) {
        List<SourceLine> opening = new ArrayList<>();
        for (SourceLine line : preamble) {
            String text = line.text().strip();
            if (!text.isEmpty() && Character.isUpperCase(text.replaceFirst("^[-+]\\s*", "").codePointAt(0))
                    && OPENING.matcher(Folded.of(text)).find()) {
                opening.add(line);
            }
        }
        Map<DocumentSymbol, LocalDate> found = new LinkedHashMap<>();
        List<Integer> used = new ArrayList<>();
        for (SourceLine line : opening) {
            if (collect(line.text(), found, own)) {
                used.add(line.number());
            }
        }
        if (found.isEmpty() && title != null) {
            collect(title, found, own);
        }
        if (found.isEmpty()) {
            // A news lead or an abstract: "… vừa ban hành Kế hoạch số 207-KH/TU triển khai Chỉ thị số 35-CT/TW …".
            // Only the document a verb governs ("triển khai Chỉ thị số 35-CT/TW"), in the first paragraph that names one.
            for (SourceLine line : preamble) {
                if (line.text().strip().matches("^[-+•*].*")) {
                    continue;
                }
                boolean any = false;
                for (String sentence : LeadReader.sentences(line.text())) {
                    Named named = Named.of(sentence);
                    Matcher governed = GOVERNED.matcher(named.folded());
                    while (governed.find()) {
                        any |= named.collect(found, own, governed.start("type"), true);
                    }
                }
                if (any) {
                    used.add(line.number());
                    break;
                }
            }
        }
        Reference implemented = null;
        List<Reference> basedOn = new ArrayList<>();
        for (var entry : found.entrySet()) {
            if (implemented == null && entry.getKey().type().isDirective()) {
                implemented = new Reference(ReferenceKind.IMPLEMENTS, entry.getKey().toString(), entry.getValue());
            } else {
                basedOn.add(new Reference(ReferenceKind.BASED_ON, entry.getKey().toString(), entry.getValue()));
            }
        }
        return new References(implemented, basedOn, used);
    }

    /**
     * Every symbol in the text with the date written right after it ("21-NQ/TW ngày 16/6/2022", "…, ngày …"), or,
     * for the document a sentence opening "Ngày 5/8/2020, … ban hành Nghị quyết số 58-NQ/TW" issues, that date.
     * A document named by type, number and issuer without its code ("Nghị quyết 21 của Ban Chấp hành Trung ương",
     * "Kế hoạch số 155, ngày 07/7/2019 của Thành ủy Hà Nội") gets the code such issuers write.
     */
    public static boolean collect(String text, Map<DocumentSymbol, LocalDate> found, DocumentSymbol own) {
        return Named.of(text).collect(found, own, 0, false);
    }

    /** The documents a text names, in order, found once so that several verbs of one sentence cost one pass. */
    private record Named(String folded, List<DocumentSymbol> symbols, List<int[]> spans, int issuedAt) {

        static Named of(String text) {
            String folded = Folded.of(text);
            List<Object[]> all = new ArrayList<>();
            Matcher m = SYMBOL.matcher(text);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                DocumentSymbol.tryParse(m.group()).ifPresent(symbol -> all.add(new Object[] {symbol, new int[] {start, end}}));
            }
            Matcher named = NAMED.matcher(folded);
            while (named.find()) {
                int start = named.start();
                int end = named.end("n");
                inferred(named).ifPresent(symbol -> all.add(new Object[] {symbol, new int[] {start, end}}));
            }
            all.sort(java.util.Comparator.comparingInt(o -> ((int[]) o[1])[0]));
            Matcher issuing = ISSUED_DIRECTIVE.matcher(folded);
            return new Named(folded, all.stream().map(o -> (DocumentSymbol) o[0]).toList(),
                    all.stream().map(o -> (int[]) o[1]).toList(), issuing.find() ? issuing.end() : -1);
        }

        /** Adds the documents named from {@code from} on (only the first if asked); whether any was added. */
        boolean collect(Map<DocumentSymbol, LocalDate> found, DocumentSymbol own, int from, boolean firstOnly) {
            int first = 0;
            int low = 0;
            int high = spans.size();
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (spans.get(mid)[0] < from) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            first = low;
            boolean any = false;
            for (int i = first; i < symbols.size() && (!firstOnly || i == first); i++) {
                DocumentSymbol symbol = symbols.get(i);
                if (symbol.equals(own)) {
                    continue;
                }
                any = true;
                int end = spans.get(i)[1];
                LocalDate date = null;
                Matcher d = LeadReader.DATE_NEXT.matcher(folded).region(end, Math.min(folded.length(), end + 40));
                if (d.lookingAt()) {
                    date = HeaderReader.date(d.group("y"), d.group("m"), d.group("d")).orElse(null);
                } else if (issuedAt >= 0 && spans.get(i)[0] >= issuedAt && spans.get(i)[0] - issuedAt < 8
                        && folded.substring(issuedAt, spans.get(i)[0]).matches("\\s*(so\\s*)?")) {
                    date = LeadReader.openingDate(folded).orElse(null);
                }
                if (found.get(symbol) == null) {
                    found.put(symbol, date);
                }
            }
            return any;
        }
    }

    /** The code an issuer writes after the type: TW for the centre, TU for provinces and cities, HU, QU, ĐU. */
    private static Optional<DocumentSymbol> inferred(Matcher named) {
        String issuer = named.group("issuer");
        String organ = "(?:(?:ban thuong vu|thuong truc|ban chap hanh) )?";
        String code = null;
        if (issuer.matches("(ban chap hanh trung uong|trung uong|bo chinh tri|ban bi thu)\\b.*")) {
            code = "TW";
        } else if (issuer.matches(organ + "(tinh uy|thanh uy)\\b.*") || issuer.matches("ban chap hanh dang bo (tinh|thanh pho)\\b.*")) {
            code = "TU";
        } else if (issuer.matches(organ + "huyen uy\\b.*")) {
            code = "HU";
        } else if (issuer.matches(organ + "quan uy\\b.*")) {
            code = "QU";
        } else if (issuer.matches(organ + "dang uy\\b.*")) {
            code = "ĐU";
        }
        if (code == null) {
            return Optional.empty();
        }
        String type = switch (named.group("type")) {
            case "nghi quyet" -> "NQ";
            case "ket luan" -> "KL";
            case "chi thi" -> "CT";
            case "quy dinh" -> "QĐ";
            case "huong dan" -> "HD";
            case "ke hoach" -> "KH";
            default -> "CTr";
        };
        return DocumentSymbol.tryParse(named.group("n") + "-" + type + "/" + code);
    }
}
