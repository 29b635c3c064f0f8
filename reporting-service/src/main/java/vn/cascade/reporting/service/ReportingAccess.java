package vn.cascade.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
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
 * Across a reorganisation, the people of a successor do all this for the organisations it succeeded too (through
 * the chain of successions), and the people of an organisation that ceased read what they read and answer what it
 * still owes, but write nothing new (no review).
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

    /**
     * Owed by, addressed to or routed through the caller's organisation or one it succeeded, or inside the subtree
     * it oversees.
     */
    public boolean canSee(ReportingObligation obligation) {
        return caller.isAdmin() || scope.ownAndPredecessorCodes().stream().anyMatch(obligation::concerns)
                || organizations.findByCode(obligation.organizationCode)
                        .map(owing -> scope.canOverseeInside(owing.path)).orElse(false);
    }

    /**
     * Drafts stay with the reporting organisation; once submitted, a report is seen by its recipient, the body it
     * is routed through, and those overseeing the reporting organisation. The successor of either side is that side.
     */
    public boolean canSee(Report report, ReportingObligation obligation) {
        if (caller.isAdmin()) {
            return true;
        }
        List<String> own = scope.ownAndPredecessorCodes();
        if (own.contains(report.organizationCode)) {
            return true;
        }
        if (report.status == ReportStatus.DRAFT) {
            return false;
        }
        return own.contains(report.recipientCode) || own.contains(obligation.viaCode)
                || organizations.findByCode(report.organizationCode)
                        .map(reporter -> scope.canOverseeInside(reporter.path)).orElse(false);
    }

    /**
     * The organisations whose obligations alone (owed, received or routed through) the caller sees, its own first
     * and then those it succeeded; null for an administrator.
     */
    public List<String> visibleOnlyTo() {
        return caller.isAdmin() ? null : scope.ownAndPredecessorCodes();
    }

    /**
     * A reporter of the organisation, or of its successor. What a ceased organisation still owes (a period it lived
     * through, kept with it) its own reporters may still answer, and so may the successor's: answering an
     * obligation is not a new write (every other write of a ceased organisation's users is refused).
     */
    public void requireReporterOf(String organizationCode) {
        if (!caller.hasRole(Roles.REPORTER) || !scope.ownAndPredecessorCodes().contains(organizationCode)) {
            throw DomainException.forbidden("Only a reporter of " + organizationCode
                    + " writes and submits its report").localized("report.reporter-only", organizationCode);
        }
    }

    /**
     * A reviewer of the recipient, or of the body the report is routed through on the recipient's behalf, or of
     * the organisation that succeeded either; not a user of an organisation that has ceased.
     */
    public void requireReviewerOf(Report report, ReportingObligation obligation) {
        scope.requireCallerActive();
        List<String> own = scope.ownAndPredecessorCodes();
        boolean forRecipient = own.contains(report.recipientCode) || own.contains(obligation.viaCode);
        if (!caller.hasRole(Roles.REVIEWER) || !forRecipient) {
            throw DomainException.forbidden("Only a reviewer of " + report.recipientCode
                    + (obligation.viaCode == null ? "" : " or of " + obligation.viaCode) + " reviews this report");
        }
    }

    /**
     * The organisation named (default the caller's own), which must lie in the subtree the caller oversees; kept
     * between changes of the copy and shared, so only read.
     *
     * @param what what is read of it, for the refusal: "Roll-ups of"
     */
    public Organization readableOrganization(String code, String what) {
        String wanted = code == null || code.isBlank() ? scope.callerOrganizationCode() : code.strip();
        Organization organization = organizations.readOnlyByCode(wanted)
                .orElseThrow(() -> DomainException.notFound("No organisation " + wanted)
                        .localized("organization.not-found", wanted));
        if (!scope.canOverseeInside(organization.path)) {
            throw DomainException.forbidden(what + " " + wanted + " lie outside the subtree you oversee");
        }
        return organization;
    }

    /**
     * The subtrees whose submitted reports the caller reads besides those addressed or routed to it (what
     * {@link #canSee(Report, ReportingObligation)} asks of one report, for a query): its oversight and the subtrees,
     * as they were, of the organisations the overseen one succeeded; null for an administrator.
     */
    public List<String> overseenPaths() {
        if (caller.isAdmin()) {
            return null;
        }
        String oversight;
        try {
            oversight = scope.oversightPath();
        } catch (DomainException unregistered) {
            return List.of(); // an organisation the copy does not hold oversees nothing (yet): its own reports only
        }
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(oversight),
                organizations.predecessorsAt(oversight).stream().map(predecessor -> predecessor.path())).toList();
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
