package vn.cascade.directive.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.cascade.common.domain.DomainException;
import vn.cascade.common.events.OrganizationKind;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.paging.Page;
import vn.cascade.common.paging.Paging;
import vn.cascade.directive.domain.Organization;
import vn.cascade.directive.domain.Placed;
import vn.cascade.directive.domain.Placement;
import vn.cascade.directive.repository.OrganizationRepository;

/** Reading the hierarchy: one organisation, a search, and the hierarchy around one as it was on a date. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrganizationQueries {

    private final OrganizationRepository organizations;
    private final Clock clock;

    OrganizationQueries(OrganizationRepository organizations, Clock clock) {
        this.organizations = organizations;
        this.clock = clock;
    }

    public OrganizationView get(UUID id) {
        return OrganizationView.of(organizations.require(id));
    }

    /**
     * @param code the organisation's exact code (at most one matches); null for any
     * @param text words that must each begin a word of the name, the short name or the code; null for any
     */
    public Page<OrganizationView> search(String code, String text, OrganizationLevel level, OrganizationKind kind,
            Boolean active, Paging paging) {
        return organizations.search(new OrganizationRepository.Criteria(code, text, level, kind, active), paging)
                .map(OrganizationView::of);
    }

    /** The organisations directly below one on {@code asOf}, each with its parent then. */
    public List<OrganizationView> children(UUID id, LocalDate asOf) {
        LocalDate date = dateOrToday(asOf);
        placementOn(organizations.require(id), date);
        return organizations.childrenOn(id, date).stream().map(OrganizationView::of).toList();
    }

    /** One page of an organisation and everything below it on {@code asOf}, each before its descendants. */
    public Page<OrganizationView> subtree(UUID id, LocalDate asOf, Paging paging) {
        LocalDate date = dateOrToday(asOf);
        return organizations.subtreeOn(placementOn(organizations.require(id), date).path, date, paging)
                .map(OrganizationView::of);
    }

    /** The organisations above one on {@code asOf}, root first. */
    public List<OrganizationView> ancestors(UUID id, LocalDate asOf) {
        LocalDate date = dateOrToday(asOf);
        List<UUID> path = Organization.idsOf(placementOn(organizations.require(id), date).path);
        List<UUID> above = path.subList(0, path.size() - 1);
        List<Organization> found = organizations.inOrder(above);
        List<OrganizationView> ancestors = new ArrayList<>();
        StringBuilder ancestorPath = new StringBuilder();
        for (int i = 0; i < found.size(); i++) {
            ancestorPath.append('/').append(above.get(i));
            ancestors.add(OrganizationView.of(
                    new Placed(found.get(i), i == 0 ? null : above.get(i - 1), ancestorPath.toString())));
        }
        return ancestors;
    }

    private LocalDate dateOrToday(LocalDate asOf) {
        return asOf != null ? asOf : LocalDate.now(clock);
    }

    private static Placement placementOn(Organization organization, LocalDate date) {
        return organization.placementOn(date).orElseThrow(() -> DomainException.notFound(organization.code
                + " did not exist on " + date + " (it exists from " + organization.validFrom
                + (organization.validTo == null ? "" : " until " + organization.validTo + ", exclusive") + ")"));
    }
}
