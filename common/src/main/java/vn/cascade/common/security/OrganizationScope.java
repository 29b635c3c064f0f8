package vn.cascade.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import vn.cascade.common.domain.DomainException;
import vn.cascade.common.events.OrganizationKind;
import vn.cascade.common.security.OrganizationDirectory.Place;

/**
 * Object-level access by place in the hierarchy (docs/security.md): a caller acts for its own organisation and
 * reads its own subtree, drafts included; an advisory body of a committee (its Organisation Department, Office,
 * Inspection Commission …) oversees the committee's whole subtree — issued documents, submitted reports and
 * figures, never drafts, never writing; an admin acts and reads everywhere.
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

    /** Whether the organisation at {@code path} is the caller's own or below it: where it sees drafts. */
    public boolean canReadInside(String organizationPath) {
        return caller.isAdmin() || OrganizationPaths.isInside(organizationPath, callerOrganizationPath());
    }

    /** Null for an admin (no restriction), else the caller's path: what a subtree filter starts with. */
    public String readablePathPrefix() {
        return caller.isAdmin() ? null : callerOrganizationPath();
    }

    /** Whether the caller may read what is issued, submitted and summed at {@code path}: its oversight. */
    public boolean canOverseeInside(String organizationPath) {
        return caller.isAdmin() || OrganizationPaths.isInside(organizationPath, oversightPath());
    }

    /**
     * The subtree whose issued documents, submitted reports and figures the caller reads: its own, or, for an
     * advisory body, the subtree of the committee it serves (the Central Office and the central commissions,
     * and the government portal's account that acts as the Central Office, read the whole country).
     */
    public String oversightPath() {
        Place own = callerPlace();
        return own.kind() == OrganizationKind.ADVISORY_COMMISSION ? OrganizationPaths.parentOf(own.path()) : own.path();
    }

    /** The code the caller's token names; 403 when it names none. */
    public String callerOrganizationCode() {
        return caller.organizationCode().orElseThrow(() -> DomainException.forbidden(
                "Your token carries no organisation (claim " + Caller.ORGANIZATION_CLAIM + ")"));
    }

    public String callerOrganizationPath() {
        return callerPlace().path();
    }

    private Place callerPlace() {
        String code = callerOrganizationCode();
        return directory.get().placeOf(code).orElseThrow(() -> DomainException.forbidden(
                "Your organisation " + code + " is not registered"));
    }
}
