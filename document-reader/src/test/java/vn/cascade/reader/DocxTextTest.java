package vn.cascade.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.cascade.reader.testing.WordFiles;

/** Word files as sent: readable ones, broken ones, and ones built to exhaust the reader. */
class DocxTextTest {

    @Test
    void shouldReadParagraphsOfAWordFile() throws IOException {
        assertEquals("KẾ HOẠCH\nthực hiện Nghị quyết số 21-NQ/TW", DocxText.read(WordFiles.docx("KẾ HOẠCH", "thực hiện Nghị quyết số 21-NQ/TW")));
    }

    @Test
    void shouldRefuseAPartThatInflatesLikeAZipBombWithoutTheLibrarysWords() throws IOException {
        byte[] bomb = WordFiles.inflating(WordFiles.docx("KẾ HOẠCH"), 64 << 20);
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
        byte[] large = WordFiles.docx(paragraphs);
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
