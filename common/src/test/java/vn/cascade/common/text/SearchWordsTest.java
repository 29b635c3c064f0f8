package vn.cascade.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.text.Normalizer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.cascade.common.domain.DomainException;

class SearchWordsTest {

    @Test
    void shouldFoldStoredWordsAndQueriesAlike() {
        assertEquals("ket nap dang vien 68 kh hu", SearchWords.document(Stream.of("Kết nạp ĐẢNG VIÊN", null, " ",
                "68-KH/HU")));
        assertEquals("dang vien", SearchWords.query("q", "đảng viên"));
        assertEquals("dang vien", SearchWords.query("q", "ĐẢNG  VIÊN"));
        assertEquals("dang vien", SearchWords.query("q", Normalizer.normalize("đảng viên", Normalizer.Form.NFD)));
        assertEquals("68 kh hu", SearchWords.query("q", "68-KH/HU"));
    }

    @Test
    void shouldKeepTheWebSearchOperators() {
        assertEquals("\"chi bo bon tot\" -dang or dang uy", SearchWords.query("q", "\"chi bộ bốn tốt\" -đảng or Đảng ủy"));
    }

    @Test
    void shouldRefuseNoWordsAndTooManyCharacters() {
        for (String words : new String[] {null, "", "   ", "!!! -- ?", "a".repeat(SearchWords.MAX_LENGTH + 1)}) {
            assertThrows(DomainException.class, () -> SearchWords.query("q", words));
        }
    }
}
