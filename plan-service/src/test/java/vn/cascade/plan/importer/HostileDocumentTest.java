package vn.cascade.plan.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vn.cascade.reader.DocumentCleaner;
import vn.cascade.reader.ImportLimits;
import vn.cascade.reader.OrganizationMatcher;
import vn.cascade.reader.SourceLine;
import vn.cascade.reader.TargetReader;

/**
 * Documents no office writes but anyone can send: the importer's work grows with the size of the text, and what it
 * will not read it refuses by name. The timeouts are generous guards (a quadratic pass over these inputs takes hours);
 * the assertions are on what comes out.
 */
class HostileDocumentTest {

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldJoinTwoMegabytesOfShortLinesIntoOneParagraph() {
        StringBuilder raw = new StringBuilder("Mở đầu.\n");
        int lines = 0;
        while (raw.length() < 2_000_000) {
            raw.append("một dòng ngắn không dấu chấm\n");
            lines++;
        }
        List<SourceLine> clean = DocumentCleaner.clean(raw.toString()).lines();
        assertEquals(2, clean.size());
        assertEquals(lines * "một dòng ngắn không dấu chấm ".length() - 1, clean.get(1).text().length());
        assertEquals(2, clean.get(1).number(), "the joined paragraph keeps the line it started on");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldJoinTableRowsContinuedOverManyPagesIntoOneRow() {
        StringBuilder raw = new StringBuilder("Tt\tNội dung\tĐơn vị chủ trì\tThời gian thực hiện\n1\tRà soát\tBan Tổ chức (Văn phòng,\t\n");
        int rows = 0;
        while (raw.length() < 1_000_000) {
            raw.append("\tvà tiếp tục rà soát\tcác ban,\t\n");
            rows++;
        }
        List<SourceLine> clean = DocumentCleaner.clean(raw.toString()).lines();
        assertEquals(1, clean.size());
        String[] cells = clean.getFirst().text().split("\t", -1);
        assertTrue(cells[1].startsWith("Rà soát và tiếp tục rà soát"));
        assertEquals(rows, cells[2].split("các ban,", -1).length - 1, "the unfinished lead cell took every continuation");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void shouldReadALongSentenceOfFiguresOnceEachAndKeepAPlansWorthOfTargets() {
        StringBuilder sentence = new StringBuilder("Phấn đấu đến năm 2030 đạt");
        for (int i = 0; i < 100_000; i++) {
            sentence.append(' ').append(i % 100).append(',').append(i / 100 % 10).append('%');
        }
        TargetReader.Result result = TargetReader.read(List.of(new SourceLine(1, sentence.toString())), 2025);
        assertEquals(TargetReader.MAX_TARGETS, result.targets().size());
    }

    @Test
    void shouldRefuseByNameTextOverTheCharacterLineOrCellLimits() {
        ImportLimits.Exceeded characters = assertThrows(ImportLimits.Exceeded.class,
                () -> DocumentImporter.read("a".repeat(ImportLimits.MAX_CHARACTERS + 1), "X", OrganizationMatcher.none(), Documents.NAMING));
        assertEquals("characters", characters.what());
        ImportLimits.Exceeded lines = assertThrows(ImportLimits.Exceeded.class,
                () -> ImportLimits.check("\n".repeat(ImportLimits.MAX_LINES)));
        assertEquals("lines", lines.what());
        assertTrue(lines.getMessage().contains("100,000 lines"));
        ImportLimits.Exceeded cells = assertThrows(ImportLimits.Exceeded.class,
                () -> ImportLimits.check("a\tb\tc\td\te\n".repeat(ImportLimits.MAX_TABLE_CELLS / 5 + 1)));
        assertEquals("table cells", cells.what());
        ImportLimits.check("a\tb\n".repeat(1000) + "\r\n".repeat(1000));
    }

    @Test
    // Seven texts of up to 2,000,000 characters in one test: on the shared build machine at a load average of 20 this
    // took 67 s; the guard is against a quadratic pass (hours), not a benchmark (ImportBenchmark measures).
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void shouldImportTheLargestTextItReadsOfEveryShape() {
        for (String unit : List.of("một dòng ngắn\n", "1. Ban hành kế hoạch (hoàn thành trong tháng 8/2024)\n",
                "\tthêm\tBan Tổ chức,\t\n", "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 1-KH/TU ngày 1/1/2024; ",
                "(((((", "Định kỳ hằng quý báo cáo về Ban Thường vụ Tỉnh ủy. ", "- Lưu Văn phòng,\n")) {
            int cells = unit.contains("\t") ? unit.split("\t", -1).length : 0;
            int times = Math.min(ImportLimits.MAX_CHARACTERS / unit.length(), ImportLimits.MAX_LINES - 1);
            String text = unit.repeat(cells == 0 ? times : Math.min(times, ImportLimits.MAX_TABLE_CELLS / cells));
            long start = System.nanoTime();
            DocumentImporter.ImportedPlan plan = DocumentImporter.read(text, "TU-X", OrganizationMatcher.none(), Documents.NAMING);
            System.out.printf("%-70s %,d chars %,d ms%n", unit.strip(), text.length(), (System.nanoTime() - start) / 1_000_000);
            assertTrue(plan.request().tasks().size() <= ImportLimits.MAX_LINES, unit);
        }
    }
}
