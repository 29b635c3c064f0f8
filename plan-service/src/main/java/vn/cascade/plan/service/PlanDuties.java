package vn.cascade.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.cascade.organizations.Organization;
import vn.cascade.organizations.OrganizationRepository;
import vn.cascade.plan.domain.Plan;
import vn.cascade.plan.domain.ReportingRequirement;

/**
 * Whom a plan obliges, as the organisations are now: those it names, else every active direct subordinate of its
 * issuer — to answer with a plan of their own, and to report under each reporting requirement.
 */
@ApplicationScoped
public class PlanDuties {

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
                ? organizations.activeChildren(plan.issuingOrganization.id)
                : codes.stream().map(this::named).toList();
    }
}
