package vn.cascade.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** Word files as sent: readable ones, broken ones, and ones built to exhaust the reader. */
class DocxTextTest {

    private static byte[] docx(String... paragraphs) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String paragraph : paragraphs) {
                document.createParagraph().createRun().setText(paragraph);
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    /** The same package with {@code padding} characters of XML comment in its main part: tiny compressed, huge inflated. */
    private static byte[] inflating(byte[] docx, int padding) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx)); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int body = xml.indexOf("<w:body>");
                    out.write(xml.substring(0, body).getBytes(StandardCharsets.UTF_8));
                    out.write("<!--".getBytes(StandardCharsets.UTF_8));
                    byte[] chunk = " ".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
                    for (int written = 0; written < padding; written += chunk.length) {
                        out.write(chunk);
                    }
                    out.write("-->".getBytes(StandardCharsets.UTF_8));
                    out.write(xml.substring(body).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void shouldReadParagraphsOfAWordFile() throws IOException {
        assertEquals("KẾ HOẠCH\nthực hiện Nghị quyết số 21-NQ/TW", DocxText.read(docx("KẾ HOẠCH", "thực hiện Nghị quyết số 21-NQ/TW")));
    }

    @Test
    void shouldRefuseAPartThatInflatesLikeAZipBombWithoutTheLibrarysWords() throws IOException {
        byte[] bomb = inflating(docx("KẾ HOẠCH"), 64 << 20);
        assertTrue(bomb.length < 1 << 20, "the bomb is small on the wire: " + bomb.length);
        ImportLimits.Exceeded refused = assertThrows(ImportLimits.Exceeded.class, () -> DocxText.read(bomb));
        assertTrue(refused.getMessage().contains(".docx"), refused.getMessage());
        assertFalse(refused.getMessage().toLowerCase().contains("zip bomb"), refused.getMessage());
        assertFalse(refused.getMessage().contains("ZipSecureFile"), refused.getMessage());
    }

    @Test
    void shouldCapTheTextReadFromAWordFile() throws IOException {
        // Varied text, so that it compresses as prose does and only the character limit stops it.
        java.util.Random random = new java.util.Random(15);
        String[] words = "kế hoạch thực hiện nghị quyết chi bộ đảng viên kết nạp tổ chức cơ sở hoàn thành nhiệm vụ".split(" ");
        String[] paragraphs = new String[ImportLimits.MAX_CHARACTERS / 10_000 + 2];
        for (int p = 0; p < paragraphs.length; p++) {
            StringBuilder paragraph = new StringBuilder();
            while (paragraph.length() < 10_000) {
                paragraph.append(words[random.nextInt(words.length)]).append(' ').append(random.nextInt(100_000)).append(' ');
            }
            paragraphs[p] = paragraph.toString();
        }
        byte[] large = docx(paragraphs);
        ImportLimits.Exceeded refused = assertThrows(ImportLimits.Exceeded.class, () -> DocxText.read(large));
        assertEquals("characters", refused.what());
    }

    @Test
    void shouldAnswerABrokenFileWithoutTheLibrarysMessage() {
        DocxText.NotADocx broken = assertThrows(DocxText.NotADocx.class,
                () -> DocxText.read("not a word file".getBytes(StandardCharsets.UTF_8)));
        assertEquals("The body is not a readable .docx document", broken.getMessage());
    }
}
