package vn.cascade.reader;

import java.util.List;
import vn.cascade.common.text.VietnameseText;

/**
 * What each column of a task table holds, learned from its header row(s): "Tt | Nội dung | Đơn vị chủ trì |
 * Đơn vị phối hợp | Thời gian thực hiện". An index is -1 when the table has no such column.
 */
public record TableColumns(int number, int content, int lead, int cooperating, int timeframe) {

    /** Reads the roles from the header lines (a header may span two lines, as in merged cells). */
    public static TableColumns from(List<String> headerLines) {
        int number = -1, content = -1, lead = -1, cooperating = -1, timeframe = -1;
        for (String line : headerLines) {
            String[] cells = line.split("\t", -1);
            for (int i = 0; i < cells.length; i++) {
                String cell = VietnameseText.fold(cells[i]);
                if (cell.isEmpty()) {
                    continue;
                }
                if (cell.matches("s?tt\\.?|so tt|so thu tu")) {
                    number = i;
                } else if (cell.contains("chu tri")) {
                    lead = i;
                } else if (cell.contains("phoi hop")) {
                    cooperating = i;
                } else if (cell.contains("thoi gian") || cell.contains("thoi han") || cell.contains("tien do")) {
                    timeframe = i;
                } else if (cell.contains("noi dung") || cell.contains("nhiem vu")) {
                    content = i;
                }
            }
        }
        return new TableColumns(number, content, lead, cooperating, timeframe);
    }

    /** Whether a row is (part of) a header rather than content: every non-empty cell is header vocabulary. */
    public static boolean isHeaderRow(String line) {
        String[] cells = line.split("\t", -1);
        int words = 0;
        for (String raw : cells) {
            String cell = Folded.of(raw).strip();
            if (cell.isEmpty()) {
                continue;
            }
            if (!(cell.matches("s?tt\\.?|so tt|so thu tu") || cell.contains("noi dung") || cell.contains("chu tri")
                    || cell.contains("phoi hop") || cell.contains("thoi gian") || cell.contains("thoi han")
                    || cell.contains("phan cong") || cell.contains("tien do") || cell.contains("ghi chu")
                    || cell.equals("nhiem vu"))) {
                return false;
            }
            words++;
        }
        return words > 0;
    }

    public String cell(String[] cells, int index) {
        return index >= 0 && index < cells.length ? cells[index].strip() : "";
    }
}
