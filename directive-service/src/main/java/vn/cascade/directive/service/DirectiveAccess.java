package vn.cascade.directive.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import vn.cascade.common.documents.DocumentAccess;
import vn.cascade.common.documents.DocumentSymbol;
import vn.cascade.common.domain.DomainException;
import vn.cascade.common.security.OrganizationScope;
import vn.cascade.directive.domain.Directive;
import vn.cascade.directive.domain.Organization;

/**
 * Who may see and change what in this service: the shared rules of issued documents for directives (drafts only
 * inside the issuer's chain, changes only by the issuer at the version read), and the caller's subtree for
 * organisations.
 */
@ApplicationScoped
public class DirectiveAccess {

    private static final String KIND = "directive";

    private final DocumentAccess documents;
    private final OrganizationScope scope;

    DirectiveAccess(DocumentAccess documents, OrganizationScope scope) {
        this.documents = documents;
        this.scope = scope;
    }

    public boolean isReadable(Directive directive) {
        return documents.isReadable(directive);
    }

    /** Hides drafts from those outside the issuing chain: not found, so their existence does not leak. */
    public Directive readable(Optional<Directive> found, Object what) {
        return documents.readable(KIND, found, what);
    }

    public Directive changeable(Optional<Directive> found, Object what, Long version) {
        return documents.changeable(KIND, found, what, version);
    }

    /** The one readable directive of the symbol, of the year when the number was reused. */
    public Directive oneBySymbol(List<Directive> numberedAlike, DocumentSymbol symbol, Integer year) {
        return documents.oneBySymbol(KIND, numberedAlike, symbol, year);
    }

    /** Refuses unless the caller acts for the organisation (its own, or any for an admin). */
    public void requireActingFor(String organizationCode) {
        scope.requireActingFor(organizationCode);
    }

    /** The path under which the caller sees drafts; null for an admin, who sees them all. */
    public String draftsVisibleUnder() {
        return scope.readablePathPrefix();
    }

    /**
     * The organisation, if it lies in the subtree the caller oversees (its own, or its committee's): 404 when there
     * is no such organisation, 403 when it lies outside (the hierarchy is public; see docs/security.md, "Refusals").
     */
    public Organization inSubtree(Optional<Organization> found, String code) {
        Organization organization = found.orElseThrow(() -> DomainException.notFound("No organisation " + code)
                .localized("organization.not-found", code));
        if (!scope.canOverseeInside(organization.path)) {
            throw DomainException.forbidden("Organisation " + code + " lies outside the subtree you oversee")
                    .localized("organization.outside-scope", code);
        }
        return organization;
    }
}
