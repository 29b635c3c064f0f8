package vn.cascade.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cascade.common.events.ReportingFrequency;
import vn.cascade.common.events.ReportingPeriodKind;

class ReportingPeriodTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void shouldOweTheLongestPeriodWhereSeveralEndOnTheSameDay() {
        // "Định kỳ hằng quý, 6 tháng, 9 tháng, năm 2023 báo cáo" (seed 04)
        List<ReportingPeriod> owed = ReportingPeriod.owed(EnumSet.of(ReportingFrequency.QUARTERLY,
                ReportingFrequency.HALF_YEARLY, ReportingFrequency.NINE_MONTHS, ReportingFrequency.ANNUAL), 2023);

        assertEquals(List.of(period(ReportingPeriodKind.Q1), period(ReportingPeriodKind.H1),
                period(ReportingPeriodKind.M9), period(ReportingPeriodKind.YEAR)), owed);
    }

    @Test
    void shouldOweFourQuartersWhenOnlyQuarterlyIsAsked() {
        assertEquals(List.of(ReportingPeriodKind.Q1, ReportingPeriodKind.Q2, ReportingPeriodKind.Q3,
                        ReportingPeriodKind.Q4),
                ReportingPeriod.owed(Set.of(ReportingFrequency.QUARTERLY), 2024).stream().map(ReportingPeriod::kind).toList());
    }

    @Test
    void shouldOweQuartersNotCoveredByALongerPeriod() {
        assertEquals(List.of(ReportingPeriodKind.Q1, ReportingPeriodKind.H1, ReportingPeriodKind.Q3,
                        ReportingPeriodKind.Q4),
                ReportingPeriod.owed(Set.of(ReportingFrequency.QUARTERLY, ReportingFrequency.HALF_YEARLY), 2024)
                        .stream().map(ReportingPeriod::kind).toList());
    }

    @Test
    void shouldOweReviewsBesideTheAnnualReport() {
        assertEquals(List.of(ReportingPeriodKind.YEAR, ReportingPeriodKind.INTERIM_REVIEW,
                        ReportingPeriodKind.FINAL_REVIEW),
                ReportingPeriod.owed(Set.of(ReportingFrequency.ANNUAL, ReportingFrequency.INTERIM_REVIEW,
                        ReportingFrequency.FINAL_REVIEW), 2025).stream().map(ReportingPeriod::kind).toList());
        assertEquals(List.of(), ReportingPeriod.owed(Set.of(), 2025));
    }

    @Test
    void shouldKnowTheDaysEachPeriodCovers() {
        assertEquals(LocalDate.of(2024, 1, 1), period(ReportingPeriodKind.Q1, 2024).start());
        assertEquals(LocalDate.of(2024, 3, 31), period(ReportingPeriodKind.Q1, 2024).end());
        assertEquals(LocalDate.of(2024, 4, 1), period(ReportingPeriodKind.Q2, 2024).start());
        assertEquals(LocalDate.of(2024, 6, 30), period(ReportingPeriodKind.H1, 2024).end());
        assertEquals(LocalDate.of(2024, 7, 1), period(ReportingPeriodKind.Q3, 2024).start());
        assertEquals(LocalDate.of(2024, 1, 1), period(ReportingPeriodKind.M9, 2024).start());
        assertEquals(LocalDate.of(2024, 9, 30), period(ReportingPeriodKind.M9, 2024).end());
        assertEquals(LocalDate.of(2024, 10, 1), period(ReportingPeriodKind.Q4, 2024).start());
        assertEquals(LocalDate.of(2024, 12, 31), period(ReportingPeriodKind.YEAR, 2024).end());
        assertEquals(LocalDate.of(2024, 12, 31), period(ReportingPeriodKind.FINAL_REVIEW, 2024).end());
    }

    @Test
    void shouldPutTheDueDateAfterOrBeforeThePeriodEnd() {
        DueRule fiveDaysAfter = new DueRule(5, 7);
        assertEquals(LocalDate.of(2023, 4, 5), fiveDaysAfter.dueDate(period(ReportingPeriodKind.Q1)));
        assertEquals(LocalDate.of(2023, 3, 29), fiveDaysAfter.reminderDate(period(ReportingPeriodKind.Q1)));
        assertEquals(LocalDate.of(2024, 1, 5), fiveDaysAfter.dueDate(period(ReportingPeriodKind.YEAR)));

        DueRule fiveDaysBefore = new DueRule(-5, 0);
        assertEquals(LocalDate.of(2023, 6, 25), fiveDaysBefore.dueDate(period(ReportingPeriodKind.H1)));
        assertEquals(LocalDate.of(2023, 6, 25), fiveDaysBefore.reminderDate(period(ReportingPeriodKind.H1)));
        assertThrows(IllegalArgumentException.class, () -> new DueRule(5, -1));
    }

    @Test
    void shouldCountTheWholeDueDateInTheGivenZoneAsOnTime() {
        assertEquals(Instant.parse("2023-04-05T17:00:00Z"), DueRule.overdueAt(LocalDate.of(2023, 4, 5), HANOI));
        assertEquals(Instant.parse("2023-03-28T17:00:00Z"), DueRule.reminderAt(LocalDate.of(2023, 3, 29), HANOI));
    }

    private static ReportingPeriod period(ReportingPeriodKind kind) {
        return period(kind, 2023);
    }

    private static ReportingPeriod period(ReportingPeriodKind kind, int year) {
        return ReportingPeriod.of(kind, year);
    }
}
