package vn.cascade.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;
import vn.cascade.common.events.ObligationSnapshot;
import vn.cascade.common.events.PlanSnapshot.OrganizationRef;
import vn.cascade.common.events.ReportingPeriodKind;
import vn.cascade.common.domain.DomainException;

/** One organisation owes one report for one period of one reporting requirement of a plan. */
@Entity
@Table(name = "reporting_obligation")
public class ReportingObligation {

    @Id
    public UUID id;

    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "plan_symbol")
    public String planSymbol;

    @Column(name = "requirement_id")
    public UUID requirementId;

    /** The reporting organisation. */
    @Column(name = "organization_id")
    public UUID organizationId;

    @Column(name = "organization_code")
    public String organizationCode;

    @Column(name = "recipient_id")
    public UUID recipientId;

    @Column(name = "recipient_code")
    public String recipientCode;

    @Column(name = "via_id")
    public UUID viaId;

    @Column(name = "via_code")
    public String viaCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind")
    public ReportingPeriodKind periodKind;

    @Column(name = "period_year")
    public int periodYear;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "reminder_date")
    public LocalDate reminderDate;

    @Column(name = "reminder_at")
    public OffsetDateTime reminderAt;

    @Column(name = "overdue_at")
    public OffsetDateTime overdueAt;

    @Enumerated(EnumType.STRING)
    public ObligationStatus status;

    @Column(name = "reminder_sent_at")
    public OffsetDateTime reminderSentAt;

    @Column(name = "overdue_marked_at")
    public OffsetDateTime overdueMarkedAt;

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    /** When a report first answered the obligation; timeliness compares it with the due date. */
    @Column(name = "first_submitted_at")
    public OffsetDateTime firstSubmittedAt;

    @Column(name = "cancelled_at")
    public OffsetDateTime cancelledAt;

    /** The organisation that owed it before it ceased, when the obligation moved to its successor. */
    @Column(name = "transferred_from_id")
    public UUID transferredFromId;

    @Column(name = "transferred_from_code")
    public String transferredFromCode;

    /** The recipient it was addressed to before that recipient ceased. */
    @Column(name = "readdressed_from_code")
    public String readdressedFromCode;

    /** Why it was cancelled, when not for its plan: {@code ORGANIZATION_CEASED}. */
    @Column(name = "cancel_reason")
    public String cancelReason;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    public static ReportingObligation owed(ReportingPlan plan, UUID requirementId, OrganizationRef reporter,
            ReportingPeriod period, OffsetDateTime now) {
        ReportingObligation obligation = new ReportingObligation();
        obligation.id = UUID.randomUUID();
        obligation.planId = plan.id;
        obligation.planSymbol = plan.symbol;
        obligation.requirementId = requirementId;
        obligation.organizationId = reporter.id();
        obligation.organizationCode = reporter.code();
        obligation.periodKind = period.kind();
        obligation.periodYear = period.year();
        obligation.periodStart = period.start();
        obligation.periodEnd = period.end();
        obligation.status = ObligationStatus.PENDING;
        obligation.createdAt = now;
        obligation.updatedAt = now;
        return obligation;
    }

    public ReportingPeriod period() {
        return ReportingPeriod.of(periodKind, periodYear);
    }

    /**
     * Applies the (possibly amended) addressee and due rule; returns whether anything changed, so that
     * replaying an event leaves the row as it was. When a deadline moves into the future, the reminder or
     * the overdue mark given for the old date no longer applies and is given again for the new one.
     */
    public boolean schedule(OrganizationRef recipient, OrganizationRef via, DueRule rule, ZoneId zone,
            OffsetDateTime now) {
        ReportingPeriod period = period();
        LocalDate newDue = rule.dueDate(period);
        LocalDate newReminder = rule.reminderDate(period);
        UUID newViaId = via == null ? null : via.id();
        String newViaCode = via == null ? null : via.code();
        if (Objects.equals(recipientId, recipient.id()) && Objects.equals(recipientCode, recipient.code())
                && Objects.equals(viaId, newViaId) && Objects.equals(viaCode, newViaCode)
                && Objects.equals(dueDate, newDue) && Objects.equals(reminderDate, newReminder)) {
            return false;
        }
        recipientId = recipient.id();
        recipientCode = recipient.code();
        viaId = newViaId;
        viaCode = newViaCode;
        dueDate = newDue;
        reminderDate = newReminder;
        reminderAt = DueRule.reminderAt(reminderDate, zone).atOffset(ZoneOffset.UTC);
        overdueAt = DueRule.overdueAt(dueDate, zone).atOffset(ZoneOffset.UTC);
        if (status == ObligationStatus.OVERDUE && overdueAt.isAfter(now)) {
            status = ObligationStatus.DUE;
            overdueMarkedAt = null;
        }
        if (status == ObligationStatus.DUE && reminderAt.isAfter(now)) {
            status = ObligationStatus.PENDING;
            reminderSentAt = null;
        }
        updatedAt = now;
        return true;
    }

    /** Owed again after a cancellation (an amendment restored the period): starts over as pending. */
    public void reopen(OffsetDateTime now) {
        status = ObligationStatus.PENDING;
        reminderSentAt = null;
        overdueMarkedAt = null;
        cancelledAt = null;
        cancelReason = null;
        updatedAt = now;
    }

    public void cancel(OffsetDateTime now) {
        status = ObligationStatus.CANCELLED;
        cancelledAt = now;
        updatedAt = now;
    }

    /** No longer owed, for this reason (PLAN_COMPLETED, PLAN_REPLACED, ORGANIZATION_CEASED). */
    public void cancel(OffsetDateTime now, String reason) {
        cancel(now);
        cancelReason = reason;
    }

    /** Owed by the organisation that carries on the one that ceased, for the same period and with the same dates. */
    public void transferTo(UUID successorId, String successorCode, OffsetDateTime now) {
        transferredFromId = organizationId;
        transferredFromCode = organizationCode;
        organizationId = successorId;
        organizationCode = successorCode;
        updatedAt = now;
    }

    /** Addressed to the organisation that carries on a recipient that ceased. */
    public void readdressTo(UUID successorId, String successorCode, OffsetDateTime now) {
        readdressedFromCode = recipientCode;
        recipientId = successorId;
        recipientCode = successorCode;
        updatedAt = now;
    }

    /** No longer owed: the organisation ceased before the period ended and nobody takes the report over. */
    public void cancelBecauseCeased(OffsetDateTime now) {
        cancel(now);
        cancelReason = "ORGANIZATION_CEASED";
    }

    /** The reminder went out. An obligation already past its reminder time but still pending becomes due. */
    public void remind(OffsetDateTime now) {
        reminderSentAt = now;
        if (status == ObligationStatus.PENDING) {
            status = ObligationStatus.DUE;
        }
        updatedAt = now;
    }

    public void markOverdue(OffsetDateTime now) {
        overdueMarkedAt = now;
        status = ObligationStatus.OVERDUE;
        updatedAt = now;
    }

    /** A report was sent (again, after a return). */
    public void answered(OffsetDateTime now) {
        if (status == ObligationStatus.CANCELLED) {
            throw DomainException.conflict("The obligation was cancelled; no report is owed")
                    .localized("obligation.cancelled");
        }
        status = ObligationStatus.SUBMITTED;
        submittedAt = now;
        if (firstSubmittedAt == null) {
            firstSubmittedAt = now;
        }
        updatedAt = now;
    }

    /** The recipient accepted or returned the report. */
    public void reviewed(boolean accepted, OffsetDateTime now) {
        status = accepted ? ObligationStatus.ACCEPTED : ObligationStatus.RETURNED;
        updatedAt = now;
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    public ObligationSnapshot snapshot(Instant occurredAt) {
        return new ObligationSnapshot(id, planId, planSymbol, requirementId,
                new OrganizationRef(organizationId, organizationCode), new OrganizationRef(recipientId, recipientCode),
                viaId == null ? null : new OrganizationRef(viaId, viaCode), periodKind, periodYear, periodStart,
                periodEnd, dueDate, reminderDate, status.name(), occurredAt.atOffset(ZoneOffset.UTC));
    }

    /** Whether the organisation owes this report or receives it. */
    /** Owed by it, addressed to it, or routed through it. */
    public boolean concerns(String organization) {
        return organization.equals(organizationCode) || organization.equals(recipientCode)
                || organization.equals(viaCode);
    }
}
