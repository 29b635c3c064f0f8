package vn.cascade.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.cascade.common.events.OrganizationKind;
import vn.cascade.organizations.Organization;
import vn.cascade.organizations.OrganizationRepository;
import vn.cascade.plan.domain.Plan;
import vn.cascade.plan.domain.ReportingRequirement;

/**
 * Whom a plan obliges, as the organisations are now: those it names, else every active direct subordinate of its
 * issuer that carries the party's duties — to answer with a plan of their own, and to report under each reporting
 * requirement. Advisory bodies, State and Front bodies placed under a committee answer only when a plan names them
 * (see "Who answers a plan" in docs/glossary.md).
 */
@ApplicationScoped
public class PlanDuties {

    /**
     * The kinds a plan obliges by default: committees (cấp ủy, đảng ủy) and party cells (chi bộ), the party
     * organisations that implement a plan at their level. An organisation whose kind the copy does not know is
     * taken as one, as before kinds were published.
     */
    static final Set<OrganizationKind> BOUND_BY_DEFAULT = EnumSet.of(OrganizationKind.PARTY_COMMITTEE,
            OrganizationKind.PARTY_CELL);

    private final OrganizationRepository organizations;

    PlanDuties(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    /** The organisations the plan obliges to answer with a plan of their own. */
    public List<Organization> subordinatesOwingAPlan(Plan plan) {
        return namedOrAllSubordinates(plan, plan.subordinatePlanAddressees);
    }

    public List<Organization> reporters(Plan plan, ReportingRequirement requirement) {
        return namedOrAllSubordinates(plan, requirement.reporterCodes());
    }

    /** An organisation a plan names: checked when the plan was written, so it is in the copy. */
    public Organization named(String code) {
        return organizations.findByCode(code)
                .orElseThrow(() -> new IllegalStateException("Organisation " + code + " vanished from the copy"));
    }

    private List<Organization> namedOrAllSubordinates(Plan plan, List<String> codes) {
        return codes.isEmpty()
                ? organizations.activeChildren(plan.issuingOrganization.id).stream()
                        .filter(child -> child.kind == null || BOUND_BY_DEFAULT.contains(child.kind)).toList()
                : codes.stream().map(this::named).toList();
    }
}
