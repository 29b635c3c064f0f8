package vn.cascade.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import vn.cascade.common.domain.DomainException;

/**
 * Object-level access by place in the hierarchy: a caller acts for its own organisation and reads its own
 * subtree; an admin acts and reads everywhere.
 */
@ApplicationScoped
public class OrganizationScope {

    private final Caller caller;
    // Looked up on use: a service that has no copy of the hierarchy yet still starts.
    private final Instance<OrganizationDirectory> directory;

    OrganizationScope(Caller caller, Instance<OrganizationDirectory> directory) {
        this.caller = caller;
        this.directory = directory;
    }

    /** Refuses unless the caller may act on behalf of the organisation. */
    public void requireActingFor(String organizationCode) {
        if (!caller.isAdmin() && !callerOrganizationCode().equals(organizationCode)) {
            throw DomainException.forbidden(
                    "You act for " + callerOrganizationCode() + ", not for " + organizationCode);
        }
    }

    /** Whether the organisation at {@code path} is the caller's own or below it. */
    public boolean canReadInside(String organizationPath) {
        return caller.isAdmin() || organizationPath.startsWith(callerOrganizationPath());
    }

    /** Null for an admin (no restriction), else the caller's path: what a subtree filter starts with. */
    public String readablePathPrefix() {
        return caller.isAdmin() ? null : callerOrganizationPath();
    }

    /** The code the caller's token names; 403 when it names none. */
    public String callerOrganizationCode() {
        return caller.organizationCode().orElseThrow(() -> DomainException.forbidden(
                "Your token carries no organisation (claim " + Caller.ORGANIZATION_CLAIM + ")"));
    }

    public String callerOrganizationPath() {
        String code = callerOrganizationCode();
        return directory.get().pathOf(code).orElseThrow(() -> DomainException.forbidden(
                "Your organisation " + code + " is not registered"));
    }
}
