package vn.cascade.reader;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import vn.cascade.common.documents.DocumentType;

/**
 * The kinds of document an importer takes, by the words that name them (folded): a plan importer reads "KẾ HOẠCH" and
 * "CHƯƠNG TRÌNH HÀNH ĐỘNG" as the type line and "ban hành Kế hoạch số …" as the issuing verb, a directive importer
 * "NGHỊ QUYẾT", "KẾT LUẬN", "CHỈ THỊ" and "ban hành Nghị quyết số …", "ra Chỉ thị …".
 */
public enum DocumentKinds {

    PLANS(words("chuong trinh hanh dong", DocumentType.CTR, "chuong trinh", DocumentType.CTR, "ke hoach", DocumentType.KH),
            "ban hanh|xay dung(?: va ban hanh)?|ky ban hanh|co"),
    DIRECTIVES(words("nghi quyet", DocumentType.NQ, "ket luan", DocumentType.KL, "chi thi", DocumentType.CT),
            "ban hanh|ky ban hanh|ra|thong qua|co");

    private final Map<String, DocumentType> words;
    /** "ke hoach|chuong trinh …": the type words, longest first. */
    final String alternation;
    final Pattern typeLine;
    final Pattern headline;
    final Pattern leadHeadline;
    final Pattern issuing;

    DocumentKinds(Map<String, DocumentType> words, String verbs) {
        this.words = words;
        this.alternation = String.join("|", words.keySet());
        this.typeLine = Pattern.compile("^(" + alternation + ")\\b(.*)$");
        this.headline = Pattern.compile("^(" + alternation + ")\\s+so\\s*:?\\s*(?<symbol>" + ReferenceReader.SYMBOL_TEXT + ")");
        this.leadHeadline = Pattern.compile("^(?<type>" + alternation + ")\\s+(?!so\\b)\\p{Ll}");
        // "… (đã) (khẩn trương) ban hành / xây dựng (và ban hành) / (vừa) có Kế hoạch|Chương trình (hành động) …" (folded).
        this.issuing = Pattern.compile("(?<adverbs>(?:\\s+(?:da|vua|moi|khan truong|chinh thuc|kip thoi))*)\\s+"
                + "(?:" + verbs + ")\\s+(?<type>" + alternation + ")\\b");
    }

    /** The type a folded type word names ("chuong trinh hanh dong" → CTr). */
    public DocumentType typeOf(String foldedWord) {
        for (Map.Entry<String, DocumentType> entry : words.entrySet()) {
            if (foldedWord.startsWith(entry.getKey())) {
                return entry.getValue();
            }
        }
        throw new IllegalArgumentException("Not a type word of " + this + ": " + foldedWord);
    }

    /** Whether a document of this type is one of these kinds. */
    public boolean takes(DocumentType type) {
        return words.containsValue(type);
    }

    private static Map<String, DocumentType> words(Object... wordsAndTypes) {
        Map<String, DocumentType> map = new LinkedHashMap<>();
        for (int i = 0; i < wordsAndTypes.length; i += 2) {
            map.put((String) wordsAndTypes[i], (DocumentType) wordsAndTypes[i + 1]);
        }
        return map;
    }
}
