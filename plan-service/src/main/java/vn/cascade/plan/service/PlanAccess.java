package vn.cascade.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.cascade.common.documents.DocumentAccess;
import vn.cascade.common.documents.DocumentSymbol;
import vn.cascade.common.domain.DomainException;
import vn.cascade.common.security.OrganizationScope;
import vn.cascade.organizations.Organization;
import vn.cascade.organizations.OrganizationRepository;
import vn.cascade.plan.domain.Plan;
import vn.cascade.plan.domain.PlanReadStamp;
import vn.cascade.plan.domain.PlanTask;
import vn.cascade.plan.repository.PlanRepository;

/**
 * Who may see and change what in plan-service: issuers act for their own organisation; drafts are visible only
 * to the issuing organisation and those above it, issued plans to every reader; a task's progress is recorded by
 * the plan's issuer or by a lead unit of the task.
 */
@ApplicationScoped
public class PlanAccess {

    private static final String PLAN = "plan";

    private final DocumentAccess documents;
    private final OrganizationScope scope;
    private final PlanRepository plans;
    private final OrganizationRepository organizations;

    PlanAccess(DocumentAccess documents, OrganizationScope scope, PlanRepository plans,
            OrganizationRepository organizations) {
        this.documents = documents;
        this.scope = scope;
        this.plans = plans;
        this.organizations = organizations;
    }

    /** Drafts outside the caller's chain answer 404, not 403, so their existence does not leak. */
    public Plan readable(UUID id) {
        return documents.readable(PLAN, plans.findByIdOptional(id), id);
    }

    /** {@link #readable}, with the issuer and the parent plan its view shows read in the same statement. */
    public Plan readableForView(UUID id) {
        return documents.readable(PLAN, plans.findForView(id), id);
    }

    /** The plan's read stamp, if the caller may read the plan: the same rule and answer as {@link #readable}. */
    public PlanReadStamp readableStamp(UUID id) {
        return plans.readStamp(id).filter(stamp -> documents.isReadable(stamp.draft(), stamp.issuerPath()))
                .orElseThrow(() -> DocumentAccess.notFound(PLAN, id));
    }

    /** A task is seen where its plan is. */
    public void requireReadable(PlanTask task) {
        documents.readable(PLAN, Optional.of(task.plan), "of task " + task.id);
    }

    /** The plan, if the caller acts for its issuer and read its current version. */
    public Plan changeable(UUID id, Long version) {
        return documents.changeable(PLAN, plans.findByIdOptional(id), id, version);
    }

    /** The one readable plan with this symbol, of the year when given. */
    public Plan bySymbol(String text, Integer year) {
        DocumentSymbol symbol = Plan.symbolOf("symbol", text);
        return documents.oneBySymbol(PLAN, plans.findBySymbol(symbol.searchKey()), symbol, year);
    }

    public void requireActingFor(String organizationCode) {
        scope.requireActingFor(organizationCode);
    }

    /** The organisations whose drafts the caller reads: those under this path (null: all). */
    public String readablePathPrefix() {
        return scope.readablePathPrefix();
    }

    /** Any organisation, by code (the hierarchy is public): 404 when there is none. */
    public Organization organization(String code) {
        return organizations.findByCode(code).orElseThrow(() -> DomainException.notFound("No organisation " + code)
                .localized("organization.not-found", code));
    }

    /**
     * The organisation whose subtree the caller oversees (for an advisory body, the committee it serves); empty for
     * an administrator, who oversees the whole country.
     */
    public Optional<Organization> oversight() {
        if (scope.readablePathPrefix() == null) {
            return Optional.empty();
        }
        String path = scope.oversightPath();
        return Optional.of(organizations.find("path", path).firstResultOptional()
                .orElseThrow(() -> DomainException.forbidden("Your organisation is not in the registry")));
    }

    /**
     * The organisation (the caller's by default), if it lies in the subtree the caller oversees: 404 when there is no
     * such organisation, 403 when it lies outside (the hierarchy is public; see docs/security.md, "Refusals").
     */
    public Organization organizationInScope(String code) {
        String wanted = code == null ? scope.callerOrganizationCode() : code;
        Organization organization = organizations.findByCode(wanted)
                .orElseThrow(() -> DomainException.notFound("No organisation " + wanted)
                        .localized("organization.not-found", wanted));
        if (!scope.canOverseeInside(organization.path)) {
            throw DomainException.forbidden("Organisation " + wanted + " lies outside the subtree you oversee")
                    .localized("organization.outside-scope", wanted);
        }
        return organization;
    }

    /**
     * The plan's issuer, or a lead unit of the task — or the successor of a lead unit that has ceased, which
     * carries its tasks on; never a user of an organisation that has ceased.
     */
    public void requireMayRecordProgress(PlanTask task) {
        scope.requireCallerActive();
        List<String> caller = scope.ownAndPredecessorCodes();
        boolean leads = task.leadUnits.stream().anyMatch(unit -> caller.contains(unit.organizationCode()));
        if (!leads) {
            scope.requireActingFor(task.plan.issuingOrganization.code);
        }
    }
}
