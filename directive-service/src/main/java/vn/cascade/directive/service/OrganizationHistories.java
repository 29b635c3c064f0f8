package vn.cascade.directive.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
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
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.events.SuccessionKind;
import vn.cascade.directive.domain.Organization;
import vn.cascade.directive.domain.Succession;
import vn.cascade.directive.repository.OrganizationRepository;

/** Where an organisation sat over time, and the chains of restructurings before and after it. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrganizationHistories {

    /** How far a history chain is followed: far beyond any real sequence of reorganisations, and cycle-proof. */
    static final int MAX_CHAIN_STEPS = 32;

    /**
     * Where an organisation sat over time and the restructurings before and after it.
     *
     * @param placements  its places, oldest first
     * @param earlier     the links to its predecessors, theirs, and so on
     * @param later       the links to its successors, theirs, and so on
     * @param carriedOnBy the active organisations that carry it on today: itself while it is active, else the
     *                    active ends of its successor chain
     */
    public record History(OrganizationView organization, List<Period> placements, List<Link> earlier,
            List<Link> later, List<Named> carriedOnBy) {
    }

    /** An organisation named in a history. */
    public record Named(UUID id, String code, String name, OrganizationLevel level, boolean active,
            LocalDate validTo) {

        static Named of(Organization organization) {
            return organization == null ? null : new Named(organization.id, organization.code, organization.name,
                    organization.level, organization.active, organization.validTo);
        }
    }

    /** Where the organisation sat during [from, to); no parent at the root. */
    public record Period(Named parent, String path, LocalDate from, LocalDate to) {
    }

    /** One succession link met while following a chain, {@code step} links away from where it started. */
    public record Link(int step, Named predecessor, Named successor, SuccessionKind kind, LocalDate effective) {

        static Link of(Succession succession, int step) {
            return new Link(step, Named.of(succession.predecessor), Named.of(succession.successor), succession.kind,
                    succession.effective);
        }
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
        List<Link> later = chain(organization, true);
        Map<UUID, Named> carriedOnBy = new LinkedHashMap<>();
        if (organization.active) {
            carriedOnBy.put(organization.id, Named.of(organization));
        }
        later.stream().map(Link::successor).filter(Named::active)
                .forEach(successor -> carriedOnBy.putIfAbsent(successor.id(), successor));
        List<Period> placements = organization.placements.stream().map(placement -> new Period(
                placement.parentId == null ? null : Named.of(parents.get(placement.parentId)), placement.path,
                placement.validFrom, placement.validTo)).toList();
        return new History(OrganizationView.of(organization), placements, chain(organization, false), later,
                List.copyOf(carriedOnBy.values()));
    }

    /** Breadth first, each organisation visited once, at most {@link #MAX_CHAIN_STEPS} links away. */
    private List<Link> chain(Organization start, boolean forward) {
        List<Link> links = new ArrayList<>();
        Set<UUID> seen = new HashSet<>(Set.of(start.id));
        Set<UUID> frontier = Set.of(start.id);
        for (int step = 1; step <= MAX_CHAIN_STEPS && !frontier.isEmpty(); step++) {
            Set<UUID> next = new LinkedHashSet<>();
            for (Succession succession : forward ? organizations.successionsFrom(frontier) : organizations.successionsTo(frontier)) {
                links.add(Link.of(succession, step));
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
