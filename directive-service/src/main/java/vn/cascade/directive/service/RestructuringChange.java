package vn.cascade.directive.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.cascade.common.events.SuccessionKind;
import vn.cascade.directive.domain.Organization;
import vn.cascade.directive.domain.RestructuringKind;
import vn.cascade.directive.domain.Succession;
import vn.cascade.directive.events.outgoing.OrganizationEvents;
import vn.cascade.directive.repository.OrganizationRepository;
import vn.cascade.directive.service.RestructuringChecks.Subtree;

/** The changes of one restructuring, applied together, then published once per affected organisation. */
final class RestructuringChange {

    private final OrganizationRepository organizations;
    private final OrganizationEvents events;
    private final RestructuringKind kind;
    private final LocalDate date;
    private final Map<UUID, Organization> affected = new LinkedHashMap<>();
    private final List<Organization> predecessors = new ArrayList<>();
    private final List<Organization> successors = new ArrayList<>();
    private final List<Organization> moved = new ArrayList<>();

    RestructuringChange(OrganizationRepository organizations, OrganizationEvents events, RestructuringKind kind,
            LocalDate date) {
        this.organizations = organizations;
        this.events = events;
        this.kind = kind;
        this.date = date;
    }

    void move(Subtree subtree, Organization parent) {
        subtree.organization().moveUnder(parent, date, subtree.descendants());
        moved.add(subtree.organization());
        affected.put(subtree.organization().id, subtree.organization());
        subtree.descendants().forEach(descendant -> affected.put(descendant.id, descendant));
    }

    void cease(Organization predecessor) {
        predecessor.cease(date);
        predecessors.add(predecessor);
        affected.put(predecessor.id, predecessor);
    }

    void link(Organization predecessor, Organization successor, SuccessionKind how) {
        organizations.getEntityManager().persist(Succession.link(predecessor, successor, how, date));
        if (successors.stream().noneMatch(known -> known.id.equals(successor.id))) {
            successors.add(successor);
        }
        affected.put(predecessor.id, predecessor);
        affected.put(successor.id, successor);
    }

    Restructuring.Outcome apply(OffsetDateTime now) {
        affected.values().forEach(organization -> organization.updatedAt = now); // a new version for each
        organizations.flush(); // versions are increased here, before the snapshots are taken
        affected.values().forEach(events::changed);
        return new Restructuring.Outcome(kind, date, views(predecessors), views(successors), views(moved),
                affected.size());
    }

    private static List<OrganizationView> views(List<Organization> organizations) {
        return organizations.stream().map(OrganizationView::of).toList();
    }
}
