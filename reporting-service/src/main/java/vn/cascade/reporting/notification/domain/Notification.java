package vn.cascade.reporting.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.cascade.common.events.ReportingPeriodKind;

/**
 * One thing the people of an organisation who hold a role are told, made from one event. It keeps the facts;
 * its title and text are rendered in the reader's language when read or mailed.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    public UUID id;

    @Column(name = "event_id")
    public String eventId;

    @Enumerated(EnumType.STRING)
    public NotificationKind kind;

    /** Addressed to the people of this organisation … */
    @Column(name = "organization_code")
    public String organizationCode;

    /** … who hold this role. */
    @Enumerated(EnumType.STRING)
    @Column(name = "audience_role")
    public AudienceRole audienceRole;

    @Column(name = "obligation_id")
    public UUID obligationId;

    @Column(name = "plan_symbol")
    public String planSymbol;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind")
    public ReportingPeriodKind periodKind;

    @Column(name = "period_year")
    public Integer periodYear;

    @Column(name = "due_date")
    public LocalDate dueDate;

    /** The organisation that owes the report. */
    @Column(name = "reporter_code")
    public String reporterCode;

    @Column(name = "reporter_name")
    public String reporterName;

    /** The organisation the report goes to. */
    @Column(name = "recipient_code")
    public String recipientCode;

    @Column(name = "recipient_name")
    public String recipientName;

    @Column(name = "review_comment")
    public String reviewComment;

    /** The plan a plan notification is about. */
    @Column(name = "plan_id")
    public UUID planId;

    /** That plan's issuer. */
    @Column(name = "issuer_code")
    public String issuerCode;

    @Column(name = "issuer_name")
    public String issuerName;

    /** The addressee's own plans that rest on it (amended and revoked plans), comma-separated. */
    @Column(name = "own_plan_symbols")
    public String ownPlanSymbols;

    /** The subordinates late with their own plan (a late-plans notice to the issuer above), comma-separated. */
    @Column(name = "late_organization_codes")
    public String lateOrganizationCodes;

    /** Their names as the organisation copy had them, one a line. */
    @Column(name = "late_organization_names")
    public String lateOrganizationNames;

    /** The directive a directive notification is about. */
    @Column(name = "directive_id")
    public UUID directiveId;

    @Column(name = "directive_symbol")
    public String directiveSymbol;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    /**
     * @param reporterName  the reporting organisation's name as the organisation copy has it now
     * @param dueDate       the obligation's due date
     */
    public static Notification of(Announcement announcement, Audience audience, String reporterName,
            String recipientName, LocalDate dueDate, OffsetDateTime now) {
        Notification notification = new Notification();
        notification.id = UUID.randomUUID();
        notification.eventId = announcement.eventId();
        notification.kind = announcement.kind();
        notification.organizationCode = audience.organizationCode();
        notification.audienceRole = audience.role();
        notification.obligationId = announcement.obligationId();
        notification.planSymbol = announcement.planSymbol();
        notification.periodKind = announcement.periodKind();
        notification.periodYear = announcement.periodYear();
        notification.dueDate = dueDate;
        notification.reporterCode = announcement.reporter().code();
        notification.reporterName = reporterName;
        notification.recipientCode = announcement.recipient().code();
        notification.recipientName = recipientName;
        notification.reviewComment = announcement.reviewComment();
        notification.createdAt = now;
        return notification;
    }

    /**
     * A notification about a plan, for the issuers of one organisation.
     *
     * @param deadline       by when the addressee must answer with its own plan (plans owed), if the plan says
     * @param ownPlanSymbols the addressee's plans that rest on this one (amended and revoked plans)
     */
    public static Notification aboutPlan(String eventId, NotificationKind kind, Audience audience, UUID planId,
            String planSymbol, String issuerCode, String issuerName, LocalDate deadline, List<String> ownPlanSymbols,
            OffsetDateTime now) {
        Notification notification = new Notification();
        notification.id = UUID.randomUUID();
        notification.eventId = eventId;
        notification.kind = kind;
        notification.organizationCode = audience.organizationCode();
        notification.audienceRole = audience.role();
        notification.planId = planId;
        notification.planSymbol = planSymbol;
        notification.issuerCode = issuerCode;
        notification.issuerName = issuerName;
        notification.dueDate = deadline;
        notification.ownPlanSymbols = ownPlanSymbols.isEmpty() ? null : String.join(",", ownPlanSymbols);
        notification.createdAt = now;
        return notification;
    }

    /**
     * The notice to the issuer above that subordinates owe their plans past the deadline: one per plan and round,
     * however many are late.
     *
     * @param late the late organisations' codes and names, in order
     */
    public static Notification lateSubordinates(String eventId, Audience audience, UUID planId, String planSymbol,
            String issuerCode, String issuerName, LocalDate deadline, Map<String, String> late,
            OffsetDateTime now) {
        Notification notification = aboutPlan(eventId, NotificationKind.SUBORDINATE_PLANS_LATE, audience, planId,
                planSymbol, issuerCode, issuerName, deadline, List.of(), now);
        notification.lateOrganizationCodes = String.join(",", late.keySet());
        notification.lateOrganizationNames = String.join("\n", late.values());
        return notification;
    }

    /**
     * A directive amended or revoked, for the issuers of one organisation whose own plans rest on it.
     *
     * @param issuerCode the directive's issuer
     */
    public static Notification aboutDirective(String eventId, NotificationKind kind, Audience audience,
            UUID directiveId, String directiveSymbol, String issuerCode, String issuerName,
            List<String> ownPlanSymbols, OffsetDateTime now) {
        Notification notification = new Notification();
        notification.id = UUID.randomUUID();
        notification.eventId = eventId;
        notification.kind = kind;
        notification.organizationCode = audience.organizationCode();
        notification.audienceRole = audience.role();
        notification.directiveId = directiveId;
        notification.directiveSymbol = directiveSymbol;
        notification.issuerCode = issuerCode;
        notification.issuerName = issuerName;
        notification.ownPlanSymbols = ownPlanSymbols.isEmpty() ? null : String.join(",", ownPlanSymbols);
        notification.createdAt = now;
        return notification;
    }

    /** The late subordinates' codes (late-plans notices), in order. */
    public List<String> lateOrganizations() {
        return lateOrganizationCodes == null ? List.of() : List.of(lateOrganizationCodes.split(","));
    }

    /** Their names, in order. */
    public List<String> lateOrganizationNameList() {
        return lateOrganizationNames == null ? List.of() : List.of(lateOrganizationNames.split("\n"));
    }

    /** The addressee's own plans resting on the plan, in order. */
    public List<String> ownPlans() {
        return ownPlanSymbols == null ? List.of() : List.of(ownPlanSymbols.split(","));
    }

    public Audience audience() {
        return new Audience(organizationCode, audienceRole);
    }
}
