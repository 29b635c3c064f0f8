package vn.cascade.reporting.domain;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.cascade.common.events.ReportingFrequency;
import vn.cascade.common.events.ReportingPeriodKind;

/**
 * One period a report covers (kỳ báo cáo): a kind and a year. Knows its dates and which periods a set of
 * frequencies makes owed in a year.
 */
public record ReportingPeriod(ReportingPeriodKind kind, int year) implements Comparable<ReportingPeriod> {

    private static final Comparator<ReportingPeriod> ORDER = Comparator.comparing(ReportingPeriod::end)
            .thenComparing(ReportingPeriod::start).thenComparing(ReportingPeriod::kind);

    public ReportingPeriod {
        Objects.requireNonNull(kind, "kind");
    }

    public static ReportingPeriod of(ReportingPeriodKind kind, int year) {
        return new ReportingPeriod(kind, year);
    }

    /** First day covered. Every period starts on 1 January except the later quarters. */
    public LocalDate start() {
        return switch (kind) {
            case Q2 -> LocalDate.of(year, Month.APRIL, 1);
            case Q3 -> LocalDate.of(year, Month.JULY, 1);
            case Q4 -> LocalDate.of(year, Month.OCTOBER, 1);
            default -> LocalDate.of(year, Month.JANUARY, 1);
        };
    }

    /** Last day covered. Interim and final reviews cover the calendar year they are held for. */
    public LocalDate end() {
        return switch (kind) {
            case Q1 -> LocalDate.of(year, Month.MARCH, 31);
            case Q2, H1 -> LocalDate.of(year, Month.JUNE, 30);
            case Q3, M9 -> LocalDate.of(year, Month.SEPTEMBER, 30);
            case Q4, YEAR, INTERIM_REVIEW, FINAL_REVIEW -> LocalDate.of(year, Month.DECEMBER, 31);
        };
    }

    /**
     * The periods owed in a year, in order of their end. Where several periods end on the same day one report
     * covers them, and it is the longest: quarterly + 6-month + 9-month + annual gives Q1, H1, M9, YEAR, not
     * Q2 beside H1. Interim and final reviews are separate reports, one each per year.
     */
    public static List<ReportingPeriod> owed(Set<ReportingFrequency> frequencies, int year) {
        Set<ReportingFrequency> asked = frequencies.isEmpty() ? EnumSet.noneOf(ReportingFrequency.class)
                : EnumSet.copyOf(frequencies);
        List<ReportingPeriod> regular = new ArrayList<>();
        if (asked.contains(ReportingFrequency.QUARTERLY)) {
            for (ReportingPeriodKind quarter : List.of(ReportingPeriodKind.Q1, ReportingPeriodKind.Q2,
                    ReportingPeriodKind.Q3, ReportingPeriodKind.Q4)) {
                regular.add(of(quarter, year));
            }
        }
        if (asked.contains(ReportingFrequency.HALF_YEARLY)) {
            regular.add(of(ReportingPeriodKind.H1, year));
        }
        if (asked.contains(ReportingFrequency.NINE_MONTHS)) {
            regular.add(of(ReportingPeriodKind.M9, year));
        }
        if (asked.contains(ReportingFrequency.ANNUAL)) {
            regular.add(of(ReportingPeriodKind.YEAR, year));
        }
        Map<LocalDate, ReportingPeriod> longestByEnd = new LinkedHashMap<>();
        for (ReportingPeriod period : regular) {
            longestByEnd.merge(period.end(), period,
                    (kept, other) -> other.start().isBefore(kept.start()) ? other : kept);
        }
        List<ReportingPeriod> owed = new ArrayList<>(longestByEnd.values());
        if (asked.contains(ReportingFrequency.INTERIM_REVIEW)) {
            owed.add(of(ReportingPeriodKind.INTERIM_REVIEW, year));
        }
        if (asked.contains(ReportingFrequency.FINAL_REVIEW)) {
            owed.add(of(ReportingPeriodKind.FINAL_REVIEW, year));
        }
        owed.sort(ORDER);
        return List.copyOf(owed);
    }

    @Override
    public int compareTo(ReportingPeriod other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return kind + "/" + year;
    }
}
