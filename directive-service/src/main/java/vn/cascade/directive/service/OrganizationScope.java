package vn.cascade.directive.service;

import jakarta.enterprise.context.ApplicationScoped;
import vn.cascade.common.problem.ProblemException;
import vn.cascade.common.problem.ProblemType;
import vn.cascade.common.security.Caller;
import vn.cascade.directive.domain.Organization;
import vn.cascade.directive.repository.OrganizationRepository;

/**
 * Object-level access by place in the hierarchy: a caller acts for its own organisation and reads its own
 * subtree; an admin acts and reads everywhere.
 */
@ApplicationScoped
public class OrganizationScope {

    private final Caller caller;
    private final OrganizationRepository organizations;

    OrganizationScope(Caller caller, OrganizationRepository organizations) {
        this.caller = caller;
        this.organizations = organizations;
    }

    /** Refuses unless the caller may act on behalf of {@code organization}. */
    public void requireActingFor(Organization organization) {
        if (!caller.isAdmin() && !callerOrganization().id.equals(organization.id)) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "You act for " + callerOrganization().code + ", not for " + organization.code);
        }
    }

    /** Whether {@code organization} is the caller's own or below it (admins see everything). */
    public boolean canReadInside(Organization organization) {
        return caller.isAdmin() || organization.path.startsWith(callerOrganization().path);
    }

    /** The organisation the caller's token names; 403 when it names none that is registered. */
    public Organization callerOrganization() {
        String code = caller.organizationCode().orElseThrow(() -> new ProblemException(ProblemType.FORBIDDEN,
                "Your token carries no organisation (claim " + Caller.ORGANIZATION_CLAIM + ")"));
        return organizations.findByCode(code).orElseThrow(() -> new ProblemException(ProblemType.FORBIDDEN,
                "Your organisation " + code + " is not registered"));
    }
}
