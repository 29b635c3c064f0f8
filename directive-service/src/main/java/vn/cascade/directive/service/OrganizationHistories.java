package vn.cascade.directive.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import vn.cascade.directive.domain.Organization;
import vn.cascade.directive.domain.Placement;
import vn.cascade.directive.domain.Succession;
import vn.cascade.directive.repository.OrganizationRepository;

/** Where an organisation sat over time, and the chains of restructurings before and after it. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrganizationHistories {

    /** How far a history chain is followed: far beyond any real sequence of reorganisations, and cycle-proof. */
    static final int MAX_CHAIN_STEPS = 32;

    /** One succession link met while following a chain, {@code step} links away from where it started. */
    public record ChainLink(Succession succession, int step) {
    }

    /**
     * Where an organisation sat over time and the restructurings before and after it.
     *
     * @param parents         the parents its placements name, by id
     * @param earlier         predecessors, theirs, and so on
     * @param later           successors, theirs, and so on
     * @param carriedOnBy     the active organisations that carry it on today: itself while it is active, else the
     *                        active ends of its successor chain
     */
    public record History(OrganizationView organization, List<Placement> placements, Map<UUID, Organization> parents,
            List<ChainLink> earlier, List<ChainLink> later, List<Organization> carriedOnBy) {
    }

    private final OrganizationRepository organizations;

    OrganizationHistories(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    public History history(UUID id) {
        Organization organization = organizations.require(id);
        List<UUID> parentIds = organization.placements.stream().map(placement -> placement.parentId)
                .filter(Objects::nonNull).distinct().toList();
        Map<UUID, Organization> parents = new HashMap<>();
        organizations.inOrder(parentIds).forEach(parent -> parents.put(parent.id, parent));
        List<ChainLink> later = chain(organization, true);
        Map<UUID, Organization> carriedOnBy = new LinkedHashMap<>();
        if (organization.active) {
            carriedOnBy.put(organization.id, organization);
        }
        later.stream().map(link -> link.succession().successor).filter(successor -> successor.active)
                .forEach(successor -> carriedOnBy.putIfAbsent(successor.id, successor));
        return new History(OrganizationView.of(organization), List.copyOf(organization.placements), parents, chain(organization, false),
                later, List.copyOf(carriedOnBy.values()));
    }

    /** Breadth first, each organisation visited once, at most {@link #MAX_CHAIN_STEPS} links away. */
    private List<ChainLink> chain(Organization start, boolean forward) {
        List<ChainLink> links = new ArrayList<>();
        Set<UUID> seen = new HashSet<>(Set.of(start.id));
        Set<UUID> frontier = Set.of(start.id);
        for (int step = 1; step <= MAX_CHAIN_STEPS && !frontier.isEmpty(); step++) {
            Set<UUID> next = new LinkedHashSet<>();
            for (Succession succession : forward ? organizations.successionsFrom(frontier) : organizations.successionsTo(frontier)) {
                links.add(new ChainLink(succession, step));
                UUID other = forward ? succession.successor.id : succession.predecessor.id;
                if (seen.add(other)) {
                    next.add(other);
                }
            }
            frontier = next;
        }
        return links;
    }
}
