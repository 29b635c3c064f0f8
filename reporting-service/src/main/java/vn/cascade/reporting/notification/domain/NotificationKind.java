package vn.cascade.reporting.notification.domain;

import java.time.LocalDate;
import java.util.List;
import vn.cascade.reporting.domain.ObligationStatus;
import vn.cascade.reporting.domain.ReportingObligation;

/** What a notification tells, one kind per report event, and whom it tells (docs/notifications.md). */
public enum NotificationKind {
    /** vn.cascade.report.due.v1: the reminder, N days before the due date (sắp đến hạn) */
    REPORT_DUE(ObligationStatus.DUE),
    /** vn.cascade.report.overdue.v1: the due date passed with no report (quá hạn) */
    REPORT_OVERDUE(ObligationStatus.OVERDUE),
    /** vn.cascade.report.submitted.v1: a report waits for review (chờ xem xét) */
    REPORT_SUBMITTED(ObligationStatus.SUBMITTED),
    /** vn.cascade.report.returned.v1: returned for correction (trả lại) */
    REPORT_RETURNED(ObligationStatus.RETURNED),
    /** vn.cascade.report.accepted.v1 (tiếp nhận) */
    REPORT_ACCEPTED(ObligationStatus.ACCEPTED),
    /** vn.cascade.plan.issued.v1: the issuers of an organisation the plan obliges to answer with its own plan */
    PLAN_OWED(null),
    /** vn.cascade.plan.amended.v1: the issuers of an organisation whose own plan rests on the amended one */
    UPSTREAM_PLAN_AMENDED(null),
    /** vn.cascade.plan.revoked.v1: the issuers of an organisation whose own plan rests on the revoked one */
    UPSTREAM_PLAN_REVOKED(null);

    private final ObligationStatus announced;

    NotificationKind(ObligationStatus announced) {
        this.announced = announced;
    }

    /**
     * Who must act or know about an obligation: the reporting organisation's reporters for their own obligation, the
     * recipient's reviewers for a report waiting for them; an overdue report concerns both. The plan kinds are
     * addressed by {@code PlanNotifications} (the issuers of the organisations concerned), so none here.
     */
    public List<Audience> audiences(String reporterCode, String recipientCode) {
        Audience reporters = new Audience(reporterCode, AudienceRole.REPORTER);
        Audience reviewers = new Audience(recipientCode, AudienceRole.REVIEWER);
        return switch (this) {
            case REPORT_DUE, REPORT_RETURNED, REPORT_ACCEPTED -> List.of(reporters);
            case REPORT_OVERDUE -> List.of(reporters, reviewers);
            case REPORT_SUBMITTED -> List.of(reviewers);
            case PLAN_OWED, UPSTREAM_PLAN_AMENDED, UPSTREAM_PLAN_REVOKED -> List.of();
        };
    }

    /**
     * Whether what the event announced still holds for the obligation as it stands when the event is processed:
     * nothing is said about a report already sent, an obligation cancelled, a reminder overtaken by the overdue
     * mark, or a deadline an amendment moved since.
     *
     * @param announcedDueDate the due date the event named; null when it named none (report events)
     */
    public boolean stillHolds(ReportingObligation obligation, LocalDate announcedDueDate) {
        return announced != null && obligation.status == announced
                && (announcedDueDate == null || announcedDueDate.equals(obligation.dueDate));
    }
}
