package vn.cascade.plan.importer;

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
import vn.cascade.plan.service.command.PlanDraft.DocumentReference;

/**
 * The documents a plan carries out, from its opening ("Thực hiện Nghị quyết số 21-NQ/TW ngày 16/6/2022 …, Kế hoạch
 * số 07-KH/TW ngày 17/8/2022 …"; "Căn cứ …"): the first directive named is the one implemented, every other
 * document named there is one the plan is based on, each with the date written after its symbol.
 */
public final class ReferenceReader {

    public record References(DocumentReference implemented, List<DocumentReference> basedOn, List<Integer> usedLines) {
    }

    private static final Pattern OPENING = Pattern.compile("^[-+]?\\s*(thuc hien|can cu|thi hanh|trien khai)\\b");
    private static final Pattern SYMBOL = Pattern.compile(
            "(?<![\\p{L}\\p{Nd}/-])\\d{1,5}\\s*-\\s*\\p{L}{2,5}\\s*/\\s*\\p{L}[\\p{L}\\p{Nd}]*(?:-[\\p{L}\\p{Nd}]+)*");

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
        DocumentReference implemented = null;
        List<DocumentReference> basedOn = new ArrayList<>();
        for (var entry : found.entrySet()) {
            if (implemented == null && entry.getKey().type().isDirective()) {
                implemented = new DocumentReference(ReferenceKind.IMPLEMENTS, entry.getKey().toString(), entry.getValue());
            } else {
                basedOn.add(new DocumentReference(ReferenceKind.BASED_ON, entry.getKey().toString(), entry.getValue()));
            }
        }
        return new References(implemented, basedOn, used);
    }

    /** Every symbol in the text with the date written right after it ("21-NQ/TW ngày 16/6/2022", "…, ngày …"). */
    static boolean collect(String text, Map<DocumentSymbol, LocalDate> found, DocumentSymbol own) {
        String folded = Folded.of(text);
        Matcher m = SYMBOL.matcher(text);
        boolean any = false;
        while (m.find()) {
            Optional<DocumentSymbol> symbol = DocumentSymbol.tryParse(m.group());
            if (symbol.isEmpty() || symbol.get().equals(own)) {
                continue;
            }
            any = true;
            LocalDate date = null;
            Matcher d = HeaderReader.DATE.matcher(folded);
            if (d.find(m.end()) && folded.substring(m.end(), d.start()).matches("[\\s,]*")) {
                date = HeaderReader.date(d.group("y"), d.group("m"), d.group("d")).orElse(null);
            }
            LocalDate known = found.get(symbol.get());
            if (known == null) {
                found.put(symbol.get(), date);
            }
        }
        return any;
    }
}
