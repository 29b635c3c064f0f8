package vn.cascade.reader;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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
    private static final Pattern MANY_SPACES = Pattern.compile(" {2,}");
    private static final Pattern SPACED_TAB = Pattern.compile(" *\t *");
    private static final Pattern SPACE_AFTER_QUOTE = Pattern.compile("([“\"]) +");
    private static final Pattern SPACE_BEFORE_QUOTE = Pattern.compile(" +([”])");
    private static final Pattern LETTER_ITEM = Pattern.compile("^[a-zđ]\\).*", Pattern.DOTALL);
    private static final Pattern ENTITY = Pattern.compile("&(nbsp|amp|lt|gt|quot|#39);");

    private DocumentCleaner() {
    }

    public static CleanDocument clean(String raw) {
        String[] physical = (raw == null ? "" : raw).split("\\r?\\n|\\r", -1);
        List<SourceLine> lines = new ArrayList<>();
        for (int i = 0; i < physical.length; i++) {
            String text = normalise(physical[i]);
            String folded = Folded.of(text).strip();
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

    public static String normalise(String line) {
        String text = Normalizer.normalize(line, Normalizer.Form.NFC);
        text = INVISIBLE.matcher(text).replaceAll("");
        text = ODD_SPACES.matcher(text).replaceAll(" ");
        // Each pattern only where its mark is present: most lines have none, and this runs once per line.
        if (text.indexOf('&') >= 0) {
            text = ENTITY.matcher(text).replaceAll(match -> switch (match.group(1)) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "#39" -> "'";
                default -> " ";
            });
        }
        if (text.indexOf('<') >= 0) {
            text = HTML_TAG.matcher(text).replaceAll("");
        }
        if (text.indexOf('*') >= 0 || text.indexOf('_') >= 0) {
            text = MARKDOWN_EMPHASIS.matcher(text).replaceAll("");
        }
        if (text.endsWith("TAGS")) {
            text = TRAILING_TAGS.matcher(text).replaceAll("");
        }
        // Spaces around cells and quotes left by removed tags ("“ về … ”"), not the tabs that separate cells.
        text = stripSpaces(MANY_SPACES.matcher(text).replaceAll(" "));
        if (text.indexOf('\t') >= 0) {
            text = SPACED_TAB.matcher(text).replaceAll("\t");
        }
        if (text.indexOf('“') >= 0 || text.indexOf('"') >= 0 || text.indexOf('”') >= 0) {
            text = SPACE_AFTER_QUOTE.matcher(text).replaceAll("$1");
            text = SPACE_BEFORE_QUOTE.matcher(text).replaceAll("$1");
        }
        return text;
    }

    /** Spaces only: a leading or trailing TAB is an empty table cell. */
    private static String stripSpaces(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) == ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isNoise(String text, String folded) {
        if (text.isBlank() || ONLY_PUNCTUATION.matcher(text).matches()) {
            return true;
        }
        if (WEB_DATE.matcher(folded).matches() || BYLINE.matcher(text.strip()).matches()) {
            return true;
        }
        if (folded.startsWith("file:") || folded.length() < 40 && FURNITURE.contains(folded.replaceAll("[^a-z ]", "").strip())) {
            return true;
        }
        return !text.contains("\t") && CAPTION.matcher(folded).find();
    }

    /**
     * A row a page break split continues on the next page without a number and with a lower-case start; a cell
     * whose text is visibly unfinished (ends with a comma or "và", or leaves a parenthesis open) continues in the
     * same column of the next row. The row being built keeps its cells as builders so that a long run of
     * continuations costs time in proportion to its text.
     */
    private static List<SourceLine> mergeTableRows(List<SourceLine> lines, TableColumns columns) {
        if (columns == null) {
            return lines;
        }
        List<SourceLine> out = new ArrayList<>();
        OpenRow open = null;
        for (SourceLine line : lines) {
            if (!line.isTableRow()) {
                if (open != null) {
                    out.add(open.toLine());
                    open = null;
                }
                out.add(line);
                continue;
            }
            String[] cells = line.text().split("\t", -1);
            if (open != null) {
                String content = columns.cell(cells, columns.content());
                boolean continuation = columns.cell(cells, columns.number()).isEmpty() && !content.isEmpty()
                        && (startsLowerCase(content) || !content.matches("^[-+•].*") && !open.isEmpty(columns.content())
                                && !open.endsClosed(columns.content()));
                int width = Math.max(open.width(), cells.length);
                for (int i = 0; i < width; i++) {
                    String here = i < cells.length ? cells[i].strip() : "";
                    boolean spill = i != columns.content() && i != columns.number() && open.unfinished(i);
                    if ((continuation || spill) && !here.isEmpty()) {
                        open.append(i, here);
                        if (i < cells.length) {
                            cells[i] = "";
                        }
                    }
                }
                if (continuation) {
                    continue;
                }
                out.add(open.toLine());
            }
            open = new OpenRow(line, cells);
        }
        if (open != null) {
            out.add(open.toLine());
        }
        return out;
    }

    /** A table row still taking continuations: its cells, and per cell the parentheses left open. */
    private static final class OpenRow {
        private final SourceLine line;
        private final List<StringBuilder> cells = new ArrayList<>();
        private final List<Integer> openParentheses = new ArrayList<>();

        OpenRow(SourceLine line, String[] cells) {
            this.line = line;
            for (String cell : cells) {
                this.cells.add(new StringBuilder(cell.strip()));
                this.openParentheses.add(parenthesesLeftOpen(cell));
            }
        }

        int width() {
            return cells.size();
        }

        boolean isEmpty(int i) {
            return i >= cells.size() || cells.get(i).isEmpty();
        }

        boolean endsClosed(int i) {
            if (isEmpty(i)) {
                return false;
            }
            char last = cells.get(i).charAt(cells.get(i).length() - 1);
            return ".;:!?…)”\"".indexOf(last) >= 0;
        }

        boolean unfinished(int i) {
            if (isEmpty(i)) {
                return false;
            }
            StringBuilder cell = cells.get(i);
            String tail = Folded.of(cell.substring(Math.max(0, cell.length() - 8)));
            return openParentheses.get(i) > 0 || cell.charAt(cell.length() - 1) == ',' || tail.endsWith(" va") || tail.endsWith(" cua");
        }

        void append(int i, String text) {
            while (cells.size() <= i) {
                cells.add(new StringBuilder());
                openParentheses.add(0);
            }
            StringBuilder cell = cells.get(i);
            cell.append(cell.isEmpty() ? "" : " ").append(text);
            openParentheses.set(i, openParentheses.get(i) + parenthesesLeftOpen(text));
        }

        SourceLine toLine() {
            return line.withText(String.join("\t", cells));
        }

        private static int parenthesesLeftOpen(String text) {
            int open = 0;
            for (int i = 0; i < text.length(); i++) {
                open += text.charAt(i) == '(' ? 1 : text.charAt(i) == ')' ? -1 : 0;
            }
            return open;
        }
    }

    private static boolean startsLowerCase(String text) {
        String stripped = text.replaceFirst("^[“\"'(\\s]+", "");
        return !stripped.isEmpty() && Character.isLowerCase(stripped.codePointAt(0));
    }

    /**
     * A paragraph a page break cut: the line before ends without closing punctuation and the next starts in lower
     * case. The paragraph being joined is kept in a builder, with its last character and whether it is all capitals,
     * so that joining many short lines stays linear.
     */
    private static List<SourceLine> joinSplitParagraphs(List<SourceLine> lines) {
        List<SourceLine> out = new ArrayList<>();
        SourceLine first = null;
        StringBuilder paragraph = new StringBuilder();
        boolean capitals = false;
        for (SourceLine line : lines) {
            String text = line.text();
            if (first != null && !line.isTableRow() && !first.isTableRow() && !LETTER_ITEM.matcher(text).matches()
                    && startsLowerCase(text) && ".;:!?…)”\"".indexOf(paragraph.charAt(paragraph.length() - 1)) < 0 && !capitals) {
                paragraph.append(' ').append(text);
                capitals = false;
                continue;
            }
            if (first != null) {
                out.add(first.withText(paragraph.toString()));
            }
            first = line;
            paragraph.setLength(0);
            paragraph.append(text);
            capitals = text.equals(text.toUpperCase());
        }
        if (first != null) {
            out.add(first.withText(paragraph.toString()));
        }
        return out;
    }
}
