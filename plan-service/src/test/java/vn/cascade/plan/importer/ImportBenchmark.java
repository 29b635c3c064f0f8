package vn.cascade.plan.importer;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cascade.common.problem.ProblemException;
import vn.cascade.reader.DocumentBody;
import vn.cascade.reader.ImportLimits;
import vn.cascade.reader.OrganizationMatcher;

/**
 * The worst case of the importer: 10 MB bodies of adversarial text, and the largest text of each adversarial shape
 * the limits let through. A benchmark, not a test (its name matches none of Surefire's patterns, so the build skips
 * it; nothing is asserted on time): each shape is read once to warm up, then {@code benchmark.repetitions} times
 * (default 5); the table of medians, the ratio to the median of the plain-text shape, and the bytes the reading
 * thread allocated (median) and the peak heap while reading (sum of the heap pools' peaks, an upper bound) are written to plan-service/target/import-benchmark.md.
 *
 * <pre>./mvnw -B verify -pl plan-service -am -DskipITs -Dtest=ImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
class ImportBenchmark {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    record Shape(String name, String unit) {
    }

    static final List<Shape> SHAPES = List.of(
            new Shape("prose, a sentence a line", "Ban Thường vụ Tỉnh ủy lãnh đạo, chỉ đạo các cấp ủy thực hiện nghiêm túc.\n"),
            new Shape("a short line without punctuation", "một dòng ngắn\n"),
            new Shape("a task per line", "1. Ban hành kế hoạch (hoàn thành trong tháng 8/2024)\n"),
            new Shape("a continued table row", "\tthêm\tBan Tổ chức,\t\n"),
            new Shape("one line of lead sentences", "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 1-KH/TU ngày 1/1/2024; "),
            new Shape("State symbols and dates", "Căn cứ Nghị định số 123/2015/NĐ-CP ngày 15/11/2015, 16/6/2022 1/2/3/4/ "),
            new Shape("open parentheses", "((((("),
            new Shape("a reporting clause per sentence", "Định kỳ hằng quý báo cáo về Ban Thường vụ Tỉnh ủy. "),
            new Shape("figures in one sentence", "đạt 1,5% "),
            new Shape("recipient lines", "- Lưu Văn phòng,\n"));

    @Test
    void measureTheWorstCase() throws IOException {
        int repetitions = Integer.getInteger("benchmark.repetitions", 5);
        List<String> rows = new ArrayList<>();
        double baseline = 0;
        for (Shape shape : SHAPES) {
            // 10 MB of the shape as a body: refused by its character count before any reader runs.
            byte[] body = shape.unit().repeat(DocumentBody.MAX_BYTES / shape.unit().getBytes(StandardCharsets.UTF_8).length)
                    .getBytes(StandardCharsets.UTF_8);
            Measure refused = measure(repetitions, () -> {
                try {
                    DocumentImporter.read(DocumentBody.text(body, "text/plain"), "TU-X", OrganizationMatcher.none(), Documents.NAMING);
                } catch (ImportLimits.Exceeded | ProblemException expected) {
                    return;
                }
                throw new IllegalStateException("10 MB of " + shape.name() + " was read");
            });
            // The largest text of the shape the limits let through: read in full.
            String unit = shape.unit();
            int cells = unit.contains("\t") ? unit.split("\t", -1).length : 0;
            int lines = (int) unit.chars().filter(c -> c == '\n').count();
            int times = ImportLimits.MAX_CHARACTERS / unit.length();
            if (lines > 0) {
                times = Math.min(times, (ImportLimits.MAX_LINES - 1) / lines);
            }
            if (cells > 0) {
                times = Math.min(times, ImportLimits.MAX_TABLE_CELLS / cells);
            }
            String text = unit.repeat(times);
            Measure read = measure(repetitions, () -> DocumentImporter.read(text, "TU-X", OrganizationMatcher.none(), Documents.NAMING));
            if (baseline == 0) {
                baseline = read.medianMillis();
            }
            rows.add(String.format("| %s | %,d | %,.0f | %,d | %.2f | %,.0f | %,.0f |", shape.name(), text.length(),
                    read.medianMillis(), read.allocatedMegabytes(), read.medianMillis() / baseline, refused.medianMillis(),
                    read.peakHeapMegabytes()));
        }
        String table = "| shape (repeated) | characters read | read (ms, median) | allocated by the reading thread (MB, median)"
                + " | ratio to prose | 10 MB of it refused (ms, median) | peak heap while reading (MB, sum of the pools' peaks) |\n|---|---|---|---|---|---|---|\n"
                + String.join("\n", rows) + "\n";
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "import-benchmark.md"), table);
        System.out.println(table);
    }

    record Measure(double medianMillis, long allocatedMegabytes, double peakHeapMegabytes) {
    }

    private static Measure measure(int repetitions, Runnable run) {
        run.run(); // warm-up
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        double[] millis = new double[repetitions];
        long[] allocated = new long[repetitions];
        long thread = Thread.currentThread().threadId();
        for (int i = 0; i < repetitions; i++) {
            long before = THREADS.getThreadAllocatedBytes(thread);
            long start = System.nanoTime();
            run.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
            allocated[i] = THREADS.getThreadAllocatedBytes(thread) - before;
        }
        double heap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heap += pool.getPeakUsage().getUsed() / 1048576.0;
            }
        }
        Arrays.sort(millis);
        Arrays.sort(allocated);
        return new Measure(millis[repetitions / 2], allocated[repetitions / 2] >> 20, heap);
    }
}
