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
    UPSTREAM_PLAN_REVOKED(null),
    /** the late-plans job: the deadline for the organisation's own plan passed and it has issued none (quá hạn) */
    PLAN_LATE(null),
    /** the late-plans job: the issuer of a plan, told which of the organisations it obliged are late answering it */
    SUBORDINATE_PLANS_LATE(null),
    /** vn.cascade.directive.amended.v1: the issuers of an organisation whose plan implements or rests on it */
    DIRECTIVE_AMENDED(null),
    /** vn.cascade.directive.revoked.v1: the same */
    DIRECTIVE_REVOKED(null);

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
        return audiences(reporterCode, recipientCode, null);
    }

    /**
     * As {@link #audiences(String, String)}, and the reviewers of the body the report is routed through on the
     * recipient's behalf ({@code viaCode}, "qua Ban Tổ chức …"): by that delegation they receive what the recipient's
     * reviewers receive (docs/security.md).
     */
    public List<Audience> audiences(String reporterCode, String recipientCode, String viaCode) {
        Audience reporters = new Audience(reporterCode, AudienceRole.REPORTER);
        Audience reviewers = new Audience(recipientCode, AudienceRole.REVIEWER);
        List<Audience> delegated = viaCode == null || viaCode.equals(recipientCode) ? List.of()
                : List.of(new Audience(viaCode, AudienceRole.REVIEWER));
        return switch (this) {
            case REPORT_DUE, REPORT_RETURNED, REPORT_ACCEPTED -> List.of(reporters);
            case REPORT_OVERDUE -> concat(List.of(reporters, reviewers), delegated);
            case REPORT_SUBMITTED -> concat(List.of(reviewers), delegated);
            case PLAN_OWED, UPSTREAM_PLAN_AMENDED, UPSTREAM_PLAN_REVOKED, PLAN_LATE, SUBORDINATE_PLANS_LATE,
                    DIRECTIVE_AMENDED, DIRECTIVE_REVOKED -> List.of();
        };
    }

    private static List<Audience> concat(List<Audience> first, List<Audience> then) {
        return then.isEmpty() ? first : java.util.stream.Stream.concat(first.stream(), then.stream()).toList();
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
