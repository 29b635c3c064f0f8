package vn.cascade.plan.importer;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The text of a .docx the way the importer reads text: one line per paragraph, one TAB-separated line per table row
 * (the paragraphs of a cell joined by spaces), so a Word task table reads like the tables of copied documents.
 */
public final class DocxText {

    /** The bytes are not a Word document this reader can open. */
    public static final class NotADocx extends RuntimeException {
        NotADocx(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private DocxText() {
    }

    public static String read(byte[] docx) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> lines = new ArrayList<>();
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
                    }
                    lines.add("");
                }
            }
            return String.join("\n", lines);
        } catch (Exception e) { // POI signals a bad package with several unchecked and checked types
            throw new NotADocx("The body is not a readable .docx document: " + e.getMessage(), e);
        }
    }
}
