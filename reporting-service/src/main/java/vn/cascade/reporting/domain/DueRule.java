package vn.cascade.reporting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When a report is due and when its reminder goes out: due = period end + {@code dueDaysAfterPeriodEnd}
 * (negative: before the period ends), reminder = due − {@code reminderDaysBeforeDue}. A report is on time
 * during the whole due date in the organisation's time zone and overdue from the next midnight.
 */
public record DueRule(int dueDaysAfterPeriodEnd, int reminderDaysBeforeDue) {

    public DueRule {
        if (reminderDaysBeforeDue < 0) {
            throw new IllegalArgumentException("reminderDaysBeforeDue must not be negative: " + reminderDaysBeforeDue);
        }
    }

    public LocalDate dueDate(ReportingPeriod period) {
        return period.end().plusDays(dueDaysAfterPeriodEnd);
    }

    public LocalDate reminderDate(ReportingPeriod period) {
        return dueDate(period).minusDays(reminderDaysBeforeDue);
    }

    /** The moment the reminder is sent: the start of the reminder date. */
    public static Instant reminderAt(LocalDate reminderDate, ZoneId zone) {
        return reminderDate.atStartOfDay(zone).toInstant();
    }

    /** The moment a report not yet submitted becomes overdue: the end of the due date. */
    public static Instant overdueAt(LocalDate dueDate, ZoneId zone) {
        return dueDate.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
