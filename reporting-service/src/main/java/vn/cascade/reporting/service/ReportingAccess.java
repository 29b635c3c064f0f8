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
 * Who may see and do what in reporting-service, in one place. A caller sees the obligations its organisation
 * owes or receives, its own reports and the submitted ones addressed to it, and the figures of its own subtree;
 * an administrator sees everything. Only a reporter of the owing organisation writes and submits a report, only
 * a reviewer of the recipient reviews it.
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

    public boolean canSee(ReportingObligation obligation) {
        return caller.isAdmin() || obligation.concerns(scope.callerOrganizationCode());
    }

    /** Drafts stay with the reporting organisation; the recipient sees a report once it was submitted. */
    public boolean canSee(Report report) {
        if (caller.isAdmin()) {
            return true;
        }
        String own = scope.callerOrganizationCode();
        return own.equals(report.organizationCode)
                || own.equals(report.recipientCode) && report.status != ReportStatus.DRAFT;
    }

    /** The organisation whose obligations alone (owed or received) the caller sees; null for an administrator. */
    public String visibleOnlyTo() {
        return caller.isAdmin() ? null : scope.callerOrganizationCode();
    }

    public void requireReporterOf(String organizationCode) {
        if (!caller.hasRole(Roles.REPORTER) || !organizationCode.equals(scope.callerOrganizationCode())) {
            throw DomainException.forbidden("Only a reporter of " + organizationCode
                    + " writes and submits its report");
        }
    }

    public void requireReviewerOf(Report report) {
        if (!caller.hasRole(Roles.REVIEWER) || !report.recipientCode.equals(scope.callerOrganizationCode())) {
            throw DomainException.forbidden("Only a reviewer of " + report.recipientCode + " reviews this report");
        }
    }

    /**
     * The organisation named (default the caller's own), which must lie in the caller's subtree.
     *
     * @param what what is read of it, for the refusal: "Roll-ups of"
     */
    public Organization readableOrganization(String code, String what) {
        String wanted = code == null || code.isBlank() ? scope.callerOrganizationCode() : code.strip();
        Organization organization = organizations.findByCode(wanted)
                .orElseThrow(() -> DomainException.notFound("No organisation " + wanted));
        if (!scope.canReadInside(organization.path)) {
            throw DomainException.forbidden(what + " " + wanted + " lie outside your organisation's subtree");
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
                    "name the organisation whose calendar to show"));
        }
        String own = scope.callerOrganizationCode();
        if (requested != null && !requested.equals(own)) {
            throw DomainException.forbidden("Only your own organisation's calendar is shown to you");
        }
        return own;
    }

    /** Who acts, for the audit fields. */
    public String callerName() {
        return caller.name();
    }
}
