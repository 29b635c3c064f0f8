package vn.cascade.reporting.notification.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.cascade.common.events.PlanSnapshot.OrganizationRef;
import vn.cascade.common.events.ReportingPeriodKind;

/**
 * What one report event announces, as far as notifications care.
 *
 * @param eventId       the CloudEvent id: a notification is made once per event and addressee
 * @param dueDate       the deadline the event named (due and overdue events), else null
 * @param reviewComment the reviewer's comment (returned and accepted reports), else null
 * @param announcedAt   when the event was written (its CloudEvent time)
 */
public record Announcement(String eventId, NotificationKind kind, UUID obligationId, String planSymbol,
        ReportingPeriodKind periodKind, int periodYear, LocalDate dueDate, OrganizationRef reporter,
        OrganizationRef recipient, String reviewComment, Instant announcedAt) {
}
