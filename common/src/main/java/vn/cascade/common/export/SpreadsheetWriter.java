package vn.cascade.common.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes tables as CSV (UTF-8 with a byte-order mark, so Excel reads Vietnamese correctly) or as an XLSX
 * workbook with one sheet per table. Numbers stay numbers in XLSX; empty cells mean "no data".
 */
public final class SpreadsheetWriter {

    /** A named table: a header row, then rows of strings, numbers or nulls. */
    public record Table(String name, List<String> header, List<List<Object>> rows) {
    }

    private SpreadsheetWriter() {
    }

    /** The first table as CSV. */
    public static byte[] csv(Table table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // the byte-order mark first: the printer writes the header as soon as it is created
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                        .setHeader(table.header().toArray(String[]::new)).get())) {
            for (List<Object> row : table.rows()) {
                printer.printRecord(row.stream().map(SpreadsheetWriter::text).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] xlsx(List<Table> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Cascade", "1.0");
            for (Table table : tables) {
                Worksheet sheet = workbook.newWorksheet(table.name());
                for (int column = 0; column < table.header().size(); column++) {
                    sheet.value(0, column, table.header().get(column));
                    sheet.style(0, column).bold().set();
                }
                for (int r = 0; r < table.rows().size(); r++) {
                    List<Object> row = table.rows().get(r);
                    for (int column = 0; column < row.size(); column++) {
                        Object value = row.get(column);
                        if (value instanceof Number number) {
                            sheet.value(r + 1, column, number);
                        } else if (value != null) {
                            sheet.value(r + 1, column, value.toString());
                        }
                    }
                }
                sheet.freezePane(0, 1);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }
}
