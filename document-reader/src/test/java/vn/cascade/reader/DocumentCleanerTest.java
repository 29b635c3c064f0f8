package vn.cascade.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentCleanerTest {

    private static List<String> texts(String raw) {
        return DocumentCleaner.clean(raw).lines().stream().map(SourceLine::text).toList();
    }

    @Test
    void shouldDropWebPageDatesFootersAndCaptions() {
        List<String> lines = texts("""
                Chủ Nhật, 21/7/2024
                NAM PHƯƠNG |
                Nội dung chính.
                Đảng viên mới được kết nạp. Ảnh: N.P
                Gửi cho bạn bè
                Các tin khác
                Một tin khác không thuộc bài
                """);
        assertEquals(List.of("Nội dung chính."), lines);
    }

    @Test
    void shouldStripHtmlTagsMarkdownAndNormaliseToNfc() {
        String decomposed = java.text.Normalizer.normalize("Nghị quyết", java.text.Normalizer.Form.NFD);
        List<String> lines = texts("<p>**" + decomposed + "** <i>số 21</i>&nbsp;ngày</p>");
        assertEquals(List.of("Nghị quyết số 21 ngày"), lines);
    }

    @Test
    void shouldKeepSourceLineNumbers() {
        List<SourceLine> lines = DocumentCleaner.clean("\n\nI- MỤC ĐÍCH\n\n1. Một.").lines();
        assertEquals(3, lines.getFirst().number());
        assertEquals(5, lines.get(1).number());
    }

    @Test
    void shouldJoinAParagraphCutByAPageBreak() {
        assertEquals(List.of("Rà soát chức năng, nhiệm vụ, mối quan hệ công tác."),
                texts("Rà soát chức năng, nhiệm vụ,\n\nmối quan hệ công tác."));
        assertEquals(2, texts("2. Củng cố\na) Ban Tổ chức rà soát.").size());
    }

    @Test
    void shouldRemoveRepeatedTableHeadersAndJoinRowsSplitAcrossPages() {
        String raw = """
                Tt\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian thực hiện
                1\tCủng cố tổ chức\t\t\t
                \t- Rà soát mô hình phù hợp với\tBan Tổ chức\tCác xã,\tNăm 2023 (Sau khi có hướng dẫn

                Tt\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian thực hiện
                \tquy định mới.\tHuyện ủy\t\t
                \t+ Đánh giá mô hình.\t\tthị trấn\t<i>của cấp trên)</i>
                """;
        DocumentCleaner.CleanDocument clean = DocumentCleaner.clean(raw);
        List<String> lines = clean.lines().stream().map(SourceLine::text).toList();
        assertEquals(3, lines.size());
        assertTrue(lines.stream().noneMatch(line -> line.startsWith("Tt\t")));
        assertEquals("\t- Rà soát mô hình phù hợp với quy định mới.\tBan Tổ chức Huyện ủy\tCác xã, thị trấn\t"
                + "Năm 2023 (Sau khi có hướng dẫn của cấp trên)", lines.get(1));
        assertEquals(new TableColumns(0, 1, 2, 3, 4), clean.columns());
    }
}
