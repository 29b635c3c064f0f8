package vn.cascade.common.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A reporting obligation (one organisation owes one report for one period of one plan) as reporting-service
 * announces it on {@link Topics#REPORTS}, keyed by obligation id, when its reminder time comes
 * ({@link #DUE}) and when it passes its due date unsubmitted ({@link #OVERDUE}). See docs/events.md.
 *
 * @param via     the body that receives the report on the recipient's behalf (qua Ban Tổ chức …), if any
 * @param status  the obligation's status after the change the event announces
 */
public record ObligationSnapshot(
        UUID id,
        UUID planId,
        String planSymbol,
        UUID requirementId,
        PlanSnapshot.OrganizationRef organization,
        PlanSnapshot.OrganizationRef recipient,
        PlanSnapshot.OrganizationRef via,
        ReportingPeriodKind periodKind,
        int periodYear,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate dueDate,
        LocalDate reminderDate,
        String status,
        OffsetDateTime occurredAt) {

    public static final String AGGREGATE = "obligation";
    public static final String DUE = "vn.cascade.report.due.v1";
    public static final String OVERDUE = "vn.cascade.report.overdue.v1";
}
