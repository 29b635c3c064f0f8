package vn.cascade.plan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TimeframeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "(hoàn thành trong tháng 8/2022)|DUE_BY_MONTH",
            "Hoàn thành trong tháng 11/2022|DUE_BY_MONTH",
            "(hoàn thành trong năm 2023)|DUE_BY_YEAR",
            "Thường xuyên|ONGOING",
            "Tiếp tục thực hiện|ONGOING",
            "Hằng năm|ANNUALLY",
            "Hàng năm|ANNUALLY",
            "Định kỳ|PERIODIC",
            "Từ năm 2023|STARTING_FROM",
            "(từ năm 2022, hằng năm có đánh giá)|STARTING_FROM",
            "(thực hiện thường xuyên từ năm 2022)|STARTING_FROM",
            "Sau khi có hướng dẫn của cấp trên|AWAITING_GUIDANCE"})
    void shouldReadTheKindsPlansUse(String text, TimeframeKind kind) {
        Timeframe timeframe = Timeframe.read(text).orElseThrow();
        assertEquals(kind, timeframe.kind());
        assertEquals(text, timeframe.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "chậm nhất trong tháng 6/2024|2024-06",
            "Hoàn thành trước tháng 6 năm 2024|2024-06",
            "xong trong tháng 3/2023|2023-03",
            "(ngày 21 và 22 tháng 7/2022)|2022-07"})
    void shouldReadOtherWaysOfWritingAMonthDeadline(String text, String month) {
        Timeframe timeframe = Timeframe.read(text).orElseThrow();
        assertEquals(TimeframeKind.DUE_BY_MONTH, timeframe.kind());
        assertEquals(YearMonth.parse(month), timeframe.month());
    }

    @Test
    void shouldReadAYearDeadlineWrittenChậmNhất() {
        assertEquals(2025, Timeframe.read("chậm nhất năm 2025").orElseThrow().year());
        assertEquals(TimeframeKind.DUE_BY_YEAR, Timeframe.read("Hoàn thành cuối năm 2024").orElseThrow().kind());
    }

    @Test
    void shouldFindTheDueDateOfADeadline() {
        assertEquals(LocalDate.of(2022, 8, 31), Timeframe.read("hoàn thành trong tháng 8/2022").orElseThrow().dueDate().orElseThrow());
        assertEquals(YearMonth.of(2022, 8), Timeframe.read("hoàn thành trong tháng 8/2022").orElseThrow().month());
        assertEquals(LocalDate.of(2023, 12, 31), Timeframe.read("hoàn thành trong năm 2023").orElseThrow().dueDate().orElseThrow());
        assertTrue(Timeframe.read("Thường xuyên").orElseThrow().dueDate().isEmpty());
    }

    @Test
    void shouldReadTheAwaitedGuidanceWhenTheTextNamesIt() {
        Timeframe named = Timeframe.read("Sau khi có Hướng dẫn số 35-HD/BTCTW của Ban Tổ chức Trung ương").orElseThrow();
        assertEquals(TimeframeKind.AWAITING_GUIDANCE, named.kind());
        assertEquals("35-HD/BTCTW", named.awaitedDocument());
        // What the guidance is about is not the guidance.
        assertNull(Timeframe.read("Sau khi có hướng dẫn thực hiện Nghị quyết số 21-NQ/TW").orElseThrow().awaitedDocument());
        assertNull(Timeframe.read("Năm 2023 (Sau khi có hướng dẫn của cấp trên)").orElseThrow().awaitedDocument());
    }

    @Test
    void shouldReadNothingFromUnrelatedText() {
        assertTrue(Timeframe.read("Ban Tổ chức Huyện ủy").isEmpty());
        assertTrue(Timeframe.read("  ").isEmpty());
    }
}
