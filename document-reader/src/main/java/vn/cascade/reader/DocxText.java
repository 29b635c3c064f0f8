package vn.cascade.reader;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The text of a .docx the way the importer reads text: one line per paragraph, one TAB-separated line per table row
 * (the paragraphs of a cell joined by spaces), so a Word task table reads like the tables of copied documents.
 * The package is opened with POI's zip-bomb guards (no part may inflate more than {@link #MAX_INFLATION} times its
 * compressed size, nor past {@link #MAX_ENTRY_BYTES}), and the text read stops at {@link ImportLimits#MAX_CHARACTERS}.
 */
public final class DocxText {

    public static final double MAX_INFLATION = 100;
    public static final long MAX_ENTRY_BYTES = 50L * 1024 * 1024;

    static {
        ZipSecureFile.setMinInflateRatio(1 / MAX_INFLATION);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    /** The bytes are not a Word document this reader can open. */
    public static final class NotADocx extends RuntimeException {
        NotADocx(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private DocxText() {
    }

    /**
     * @throws NotADocx             when the bytes are not a .docx
     * @throws ImportLimits.Exceeded when a part would inflate past the guards, or the text passes the character limit
     */
    public static String read(byte[] docx) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> lines = new ArrayList<>();
            long characters = 0;
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    lines.add(paragraph.getText());
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        List<String> cells = new ArrayList<>();
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cells.add(cell.getText().replaceAll("[\\t\\r\\n]+", " ").strip());
                        }
                        lines.add(String.join("\t", cells));
                        characters += lines.getLast().length() + 1;
                    }
                    lines.add("");
                    continue;
                }
                characters += lines.getLast().length() + 1;
                if (characters > ImportLimits.MAX_CHARACTERS) {
                    throw new ImportLimits.Exceeded("characters", ImportLimits.MAX_CHARACTERS);
                }
            }
            if (characters > ImportLimits.MAX_CHARACTERS) {
                throw new ImportLimits.Exceeded("characters", ImportLimits.MAX_CHARACTERS);
            }
            return String.join("\n", lines);
        } catch (ImportLimits.Exceeded e) {
            throw e;
        } catch (Exception e) { // POI signals a bad package with several unchecked and checked types
            if (isZipBomb(e)) {
                throw new ImportLimits.Exceeded("bytes in one part of the .docx once inflated (or a part inflates more than "
                        + (int) MAX_INFLATION + " times)", MAX_ENTRY_BYTES);
            }
            // The library's own message names its internals; the caller needs only to know the file is not readable.
            throw new NotADocx("The body is not a readable .docx document", e);
        }
    }

    /** POI reports its guards with an IOException whose message starts "Zip bomb detected!", possibly wrapped. */
    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb detected")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
