package vn.cascade.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.cascade.common.domain.DomainException;
import vn.cascade.common.security.Caller;
import vn.cascade.common.security.OrganizationScope;
import vn.cascade.common.security.Roles;
import vn.cascade.organizations.Organization;
import vn.cascade.organizations.OrganizationRepository;
import vn.cascade.reporting.domain.Report;
import vn.cascade.reporting.domain.ReportStatus;
import vn.cascade.reporting.domain.ReportingObligation;

/**
 * Who may see and do what in reporting-service, in one place (docs/security.md). A caller sees the obligations
 * its organisation owes, receives or has routed through it ("qua Ban Tổ chức"), its own reports, the submitted ones
 * addressed to or routed through it, and the figures of the subtree it oversees (its own; for an advisory body,
 * its committee's); an administrator sees everything. Only a reporter of the owing organisation writes and
 * submits a report; a reviewer of the recipient reviews it, and so does a reviewer of the body the plan routes
 * the report through — the delegation is the plan's own ("báo cáo về Ban Thường vụ … qua Ban Tổ chức …").
 */
@ApplicationScoped
public class ReportingAccess {

    private final Caller caller;
    private final OrganizationScope scope;
    private final OrganizationRepository organizations;

    ReportingAccess(Caller caller, OrganizationScope scope, OrganizationRepository organizations) {
        this.caller = caller;
        this.scope = scope;
        this.organizations = organizations;
    }

    /** Owed by, addressed to or routed through the caller's organisation, or inside the subtree it oversees. */
    public boolean canSee(ReportingObligation obligation) {
        return caller.isAdmin() || obligation.concerns(scope.callerOrganizationCode())
                || organizations.findByCode(obligation.organizationCode)
                        .map(owing -> scope.canOverseeInside(owing.path)).orElse(false);
    }

    /**
     * Drafts stay with the reporting organisation; once submitted, a report is seen by its recipient, the body it
     * is routed through, and those overseeing the reporting organisation.
     */
    public boolean canSee(Report report, ReportingObligation obligation) {
        if (caller.isAdmin()) {
            return true;
        }
        String own = scope.callerOrganizationCode();
        if (own.equals(report.organizationCode)) {
            return true;
        }
        if (report.status == ReportStatus.DRAFT) {
            return false;
        }
        return own.equals(report.recipientCode) || own.equals(obligation.viaCode)
                || organizations.findByCode(report.organizationCode)
                        .map(reporter -> scope.canOverseeInside(reporter.path)).orElse(false);
    }

    /** The organisation whose obligations alone (owed or received) the caller sees; null for an administrator. */
    public String visibleOnlyTo() {
        return caller.isAdmin() ? null : scope.callerOrganizationCode();
    }

    public void requireReporterOf(String organizationCode) {
        if (!caller.hasRole(Roles.REPORTER) || !organizationCode.equals(scope.callerOrganizationCode())) {
            throw DomainException.forbidden("Only a reporter of " + organizationCode
                    + " writes and submits its report").localized("report.reporter-only", organizationCode);
        }
    }

    /** A reviewer of the recipient, or of the body the report is routed through on the recipient's behalf. */
    public void requireReviewerOf(Report report, ReportingObligation obligation) {
        String own = scope.callerOrganizationCode();
        boolean forRecipient = report.recipientCode.equals(own) || own.equals(obligation.viaCode);
        if (!caller.hasRole(Roles.REVIEWER) || !forRecipient) {
            throw DomainException.forbidden("Only a reviewer of " + report.recipientCode
                    + (obligation.viaCode == null ? "" : " or of " + obligation.viaCode) + " reviews this report");
        }
    }

    /**
     * The organisation named (default the caller's own), which must lie in the subtree the caller oversees.
     *
     * @param what what is read of it, for the refusal: "Roll-ups of"
     */
    public Organization readableOrganization(String code, String what) {
        String wanted = code == null || code.isBlank() ? scope.callerOrganizationCode() : code.strip();
        Organization organization = organizations.findByCode(wanted)
                .orElseThrow(() -> DomainException.notFound("No organisation " + wanted)
                        .localized("organization.not-found", wanted));
        if (!scope.canOverseeInside(organization.path)) {
            throw DomainException.forbidden(what + " " + wanted + " lie outside the subtree you oversee");
        }
        return organization;
    }

    /** Whose calendar to show: an administrator names one (or has one), anyone else sees its own. */
    public String calendarOrganization(String requested) {
        if (caller.isAdmin()) {
            if (requested != null) {
                return requested;
            }
            return caller.organizationCode().orElseThrow(() -> DomainException.invalid("organization",
                    "name the organisation whose calendar to show", "calendar.organization-required"));
        }
        String own = scope.callerOrganizationCode();
        if (requested != null && !requested.equals(own)) {
            throw DomainException.forbidden("Only your own organisation's calendar is shown to you")
                    .localized("calendar.own-only");
        }
        return own;
    }

    /** Who acts, for the audit fields. */
    public String callerName() {
        return caller.name();
    }
}
