package vn.cascade.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import vn.cascade.common.domain.DomainException;
import vn.cascade.common.events.OrganizationKind;
import vn.cascade.common.security.OrganizationDirectory.Cessation;
import vn.cascade.common.security.OrganizationDirectory.Place;

/**
 * Object-level access by place in the hierarchy (docs/security.md): a caller acts for its own organisation and
 * reads its own subtree, drafts included; an advisory body of a committee (its Organisation Department, Office,
 * Inspection Commission …) oversees the committee's whole subtree — issued documents, submitted reports and
 * figures, never drafts, never writing; an admin acts and reads everywhere.
 *
 * <p>Across a reorganisation (docs/reorganisation-2025.md, "Who reads a ceased organisation's records"): what a
 * caller oversees includes the subtrees, as they were when they ceased, of every organisation its own (or, for an
 * advisory body, its committee) succeeded, through the chain of successions; never the other way round. A caller
 * whose own organisation has ceased reads what it read and answers what it still owes, and writes nothing new: the refusal names the successor.
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
        requireCallerActive();
        requireOwn(organizationCode);
    }

    /** Refuses unless the organisation is the caller's own (any for an admin): what it reads as its own. */
    public void requireOwn(String organizationCode) {
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

    /**
     * Whether the caller may read what is issued, submitted and summed at {@code path}: its oversight, and the
     * subtrees of the organisations the overseen one succeeded.
     */
    public boolean canOverseeInside(String organizationPath) {
        if (caller.isAdmin() || OrganizationPaths.isInside(organizationPath, oversightPath())) {
            return true;
        }
        return directory.get().predecessorsAt(oversightPath()).stream()
                .anyMatch(predecessor -> OrganizationPaths.isInside(organizationPath, predecessor.path()));
    }

    /**
     * The caller's organisation and every organisation it succeeded, through the chain of successions: whose
     * reports and obligations it reads as its own, and whose reports addressed to them its reviewers review.
     */
    public List<String> ownAndPredecessorCodes() {
        String own = callerOrganizationCode();
        List<String> codes = new ArrayList<>();
        codes.add(own);
        // An organisation the directory does not know has no predecessors (nor, further on, a subtree).
        directory.get().predecessorsOf(own).forEach(predecessor -> codes.add(predecessor.code()));
        // Not List.copyOf: contains(null) must answer false (an obligation routed through no body has no via).
        return Collections.unmodifiableList(codes);
    }

    /**
     * Refuses every new write by a user of an organisation that has ceased (merged, dissolved, split), naming who
     * carries it on: its accounts belong with the successor now (an administrator moves them in Keycloak).
     */
    public void requireCallerActive() {
        if (caller.isAdmin()) {
            return;
        }
        String own = callerOrganizationCode();
        directory.get().cessationOf(own).ifPresent(cessation -> {
            throw ceased(own, cessation);
        });
    }

    private static DomainException ceased(String code, Cessation cessation) {
        String since = cessation.ceasedOn() == null ? "?" : cessation.ceasedOn().toString();
        if (cessation.carriedOnBy().isEmpty()) {
            return DomainException.forbidden("Your organisation " + code + " ceased on " + since
                    + " without a successor; it writes nothing more").localized("detail.organization-ceased", code, since);
        }
        String successors = cessation.carriedOnBy().stream()
                .map(successor -> successor.name() + " (" + successor.code() + ")")
                .collect(Collectors.joining(", "));
        return DomainException.forbidden("Your organisation " + code + " ceased on " + since + "; it is carried on by "
                        + successors + ", to which an administrator moves your account")
                .localized("detail.organization-ceased-successor", code, since, successors);
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
