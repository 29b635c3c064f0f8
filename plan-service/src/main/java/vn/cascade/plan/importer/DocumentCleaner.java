package vn.cascade.plan.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.cascade.common.text.VietnameseText;

/**
 * Turns a document as offices capture it (a web page, a Word file saved as text, a PDF copied out) into logical
 * lines: NFC, without markup, web-page furniture or photo captions, with table headers that repeat at page breaks
 * removed and rows or paragraphs split by a page break joined again. Every rule is about the kind of noise, not
 * about a particular file.
 */
public final class DocumentCleaner {

    /** What came out: the logical lines and, when the document has a task table, what its columns hold. */
    public record CleanDocument(List<SourceLine> lines, TableColumns columns) {
    }

    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(?:\\s[^<>]*)?/?>");
    private static final Pattern MARKDOWN_EMPHASIS = Pattern.compile("\\*{1,3}|(?<![\\p{L}\\p{Nd}])_{2}|_{2}(?![\\p{L}\\p{Nd}])");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\uFEFF\\u00AD]");
    private static final Pattern ODD_SPACES = Pattern.compile("[\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]");
    // "Chủ Nhật, 21/7/2024", "Thứ Hai, 09/01/2023 08:15": the date line of a news page (folded).
    private static final Pattern WEB_DATE = Pattern.compile(
            "^(thu (hai|ba|tu|nam|sau|bay)|chu nhat)\\s*,?\\s*(ngay\\s*)?\\d{1,2}/\\d{1,2}/\\d{4}.{0,20}$");
    // A photo caption ends with its credit: "… Ảnh: N.P", "(Ảnh: TTXVN)".
    private static final Pattern CAPTION = Pattern.compile("(^|\\s|\\()anh\\s*:\\s*[\\p{L}\\p{Nd} .,/&-]{1,40}\\)?\\s*$");
    private static final Pattern BYLINE = Pattern.compile("^[\\p{Lu}\\p{M} .]{3,40}\\|$");
    // Share buttons and the lists of other articles under a news item (folded). A list marker ends the article.
    private static final List<String> FURNITURE = List.of("gui cho ban be", "in bai", "ban in", "chia se", "tags",
            "tu khoa", "phan hoi", "binh luan");
    private static final List<String> END_OF_ARTICLE = List.of("cac tin khac", "tin lien quan", "xem nhieu nhat",
            "tin cung chuyen muc", "bai viet lien quan", "doc nhieu nhat");
    private static final Pattern TRAILING_TAGS = Pattern.compile("\\s*TAGS\\s*$");
    private static final Pattern ONLY_PUNCTUATION = Pattern.compile("^[\\p{P}\\p{S}\\s]*$");
    private static final Pattern ENTITY = Pattern.compile("&(nbsp|amp|lt|gt|quot|#39);");

    private DocumentCleaner() {
    }

    public static CleanDocument clean(String raw) {
        String[] physical = (raw == null ? "" : raw).split("\\r?\\n|\\r", -1);
        List<SourceLine> lines = new ArrayList<>();
        for (int i = 0; i < physical.length; i++) {
            String text = normalise(physical[i]);
            String folded = VietnameseText.fold(text.replace('\t', ' '));
            if (END_OF_ARTICLE.stream().anyMatch(folded::startsWith) && folded.length() < 40) {
                break;
            }
            if (isNoise(text, folded)) {
                continue;
            }
            lines.add(new SourceLine(i + 1, text));
        }
        TableColumns columns = null;
        List<String> header = new ArrayList<>();
        List<SourceLine> withoutHeaders = new ArrayList<>();
        boolean inFirstHeader = false;
        int tableStart = -1;
        for (SourceLine line : lines) {
            if (line.isTableRow() && TableColumns.isHeaderRow(line.text())) {
                if (tableStart < 0) {
                    tableStart = withoutHeaders.size();
                }
                if (columns == null) {
                    header.add(line.text());
                    inFirstHeader = true;
                }
                continue;
            }
            if (inFirstHeader) {
                columns = TableColumns.from(header);
                inFirstHeader = false;
            }
            withoutHeaders.add(line);
        }
        if (columns == null && !header.isEmpty()) {
            columns = TableColumns.from(header);
        }
        // Rows before the first table header (a letterhead laid out as a table) are not task rows.
        List<SourceLine> merged = new ArrayList<>(withoutHeaders.subList(0, Math.max(0, tableStart)));
        merged.addAll(mergeTableRows(withoutHeaders.subList(Math.max(0, tableStart), withoutHeaders.size()), columns));
        return new CleanDocument(joinSplitParagraphs(merged), columns);
    }

    static String normalise(String line) {
        String text = Normalizer.normalize(line, Normalizer.Form.NFC);
        text = INVISIBLE.matcher(text).replaceAll("");
        text = ODD_SPACES.matcher(text).replaceAll(" ");
        text = ENTITY.matcher(text).replaceAll(match -> switch (match.group(1)) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "#39" -> "'";
            default -> " ";
        });
        text = HTML_TAG.matcher(text).replaceAll("");
        text = MARKDOWN_EMPHASIS.matcher(text).replaceAll("");
        text = TRAILING_TAGS.matcher(text).replaceAll("");
        // Spaces around cells and quotes left by removed tags ("“ về … ”"), not the tabs that separate cells.
        text = text.replaceAll(" {2,}", " ").replaceAll("^ +| +$", "").replaceAll(" *\t *", "\t")
                .replaceAll("([“\"]) +", "$1").replaceAll(" +([”])", "$1");
        return text;
    }

    private static boolean isNoise(String text, String folded) {
        if (text.isBlank() || ONLY_PUNCTUATION.matcher(text).matches()) {
            return true;
        }
        if (WEB_DATE.matcher(folded).matches() || BYLINE.matcher(text.strip()).matches()) {
            return true;
        }
        if (folded.startsWith("file:") || FURNITURE.contains(folded.replaceAll("[^a-z ]", "").strip())) {
            return true;
        }
        return !text.contains("\t") && CAPTION.matcher(folded).find();
    }

    /**
     * A row a page break split continues on the next page without a number and with a lower-case start; a cell
     * whose text is visibly unfinished (ends with a comma or "và", or leaves a parenthesis open) continues in the
     * same column of the next row.
     */
    private static List<SourceLine> mergeTableRows(List<SourceLine> lines, TableColumns columns) {
        if (columns == null) {
            return lines;
        }
        List<SourceLine> out = new ArrayList<>();
        int previousRow = -1;
        for (SourceLine line : lines) {
            if (!line.isTableRow()) {
                out.add(line);
                previousRow = -1;
                continue;
            }
            String[] cells = line.text().split("\t", -1);
            if (previousRow >= 0) {
                String[] previous = out.get(previousRow).text().split("\t", -1);
                String content = columns.cell(cells, columns.content());
                String previousContent = columns.cell(previous, columns.content());
                boolean continuation = columns.cell(cells, columns.number()).isEmpty() && !content.isEmpty()
                        && (startsLowerCase(content) || !content.matches("^[-+•].*") && !previousContent.isEmpty()
                                && !previousContent.matches(".*[.;:!?…)”\"]$"));
                int width = Math.max(previous.length, cells.length);
                String[] joined = new String[width];
                for (int i = 0; i < width; i++) {
                    String before = i < previous.length ? previous[i].strip() : "";
                    String here = i < cells.length ? cells[i].strip() : "";
                    boolean spill = i != columns.content() && i != columns.number() && unfinished(before);
                    if ((continuation || spill) && !here.isEmpty()) {
                        joined[i] = before.isEmpty() ? here : before + " " + here;
                        cells[i] = "";
                    } else {
                        joined[i] = before;
                    }
                }
                out.set(previousRow, out.get(previousRow).withText(String.join("\t", joined)));
                if (continuation) {
                    continue;
                }
            }
            out.add(line.withText(String.join("\t", cells)));
            previousRow = out.size() - 1;
        }
        return out;
    }

    private static boolean unfinished(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        long open = cell.chars().filter(c -> c == '(').count();
        long close = cell.chars().filter(c -> c == ')').count();
        String folded = VietnameseText.fold(cell);
        return open > close || cell.endsWith(",") || folded.endsWith(" va") || folded.endsWith(" cua");
    }

    private static boolean startsLowerCase(String text) {
        String stripped = text.replaceFirst("^[“\"'(\\s]+", "");
        return !stripped.isEmpty() && Character.isLowerCase(stripped.codePointAt(0));
    }

    /** A paragraph a page break cut: the line before ends without closing punctuation and the next starts in lower case. */
    private static List<SourceLine> joinSplitParagraphs(List<SourceLine> lines) {
        List<SourceLine> out = new ArrayList<>();
        for (SourceLine line : lines) {
            if (!out.isEmpty() && !line.isTableRow() && !line.text().matches("^[a-zđ]\\).*")) {
                SourceLine last = out.getLast();
                String before = last.text();
                if (!last.isTableRow() && startsLowerCase(line.text()) && !before.matches(".*[.;:!?…)”\"]$")
                        && !before.equals(before.toUpperCase())) {
                    out.set(out.size() - 1, last.withText(before + " " + line.text()));
                    continue;
                }
            }
            out.add(line);
        }
        return out;
    }
}
