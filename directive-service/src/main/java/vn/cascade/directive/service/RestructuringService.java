package vn.cascade.directive.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.cascade.common.domain.DomainException;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.events.SuccessionKind;
import vn.cascade.directive.domain.Organization;
import vn.cascade.directive.domain.RestructuringKind;
import vn.cascade.directive.events.outgoing.OrganizationEvents;
import vn.cascade.directive.repository.OrganizationRepository;
import vn.cascade.directive.service.Restructuring.Outcome;
import vn.cascade.directive.service.RestructuringChecks.Registration;
import vn.cascade.directive.service.RestructuringChecks.Subtree;

/**
 * Restructuring as one operation: merge, split, rename, move, effective on a date. Everything is checked before
 * anything changes, and every problem found is reported at once (422); then, in one transaction, the predecessors
 * cease (never deleted), their active children move to the successors with their subtrees, the succession links
 * are recorded, and every organisation whose snapshot changed is published through the outbox.
 */
@ApplicationScoped
@Transactional
public class RestructuringService {

    private final OrganizationRepository organizations;
    private final OrganizationService organizationService;
    private final OrganizationEvents events;
    private final Clock clock;

    RestructuringService(OrganizationRepository organizations, OrganizationService organizationService,
            OrganizationEvents events, Clock clock) {
        this.organizations = organizations;
        this.organizationService = organizationService;
        this.events = events;
        this.clock = clock;
    }

    public Outcome merge(Restructuring.Merger request) {
        organizations.lockHierarchy();
        RestructuringChecks checks = checks(request.effectiveDate());
        List<Organization> predecessors = checks.predecessors("predecessorCodes", request.predecessorCodes());
        Taker taker = Taker.NONE;
        if ((request.successorCode() == null) == (request.newSuccessor() == null)) {
            checks.fail("successorCode", "give either successorCode (an existing organisation) or newSuccessor");
        } else if (request.successorCode() != null) {
            taker = Taker.existing(checks.existingSuccessor("successorCode", request.successorCode(), predecessors));
        } else {
            if (request.predecessorCodes().size() < 2) {
                checks.fail("predecessorCodes", "a new organisation takes over from at least two; "
                        + "to give one organisation a new identity, rename it");
            }
            taker = Taker.created(checks.newSuccessor("newSuccessor", request.newSuccessor(), predecessors));
        }
        Map<Organization, List<Subtree>> children = new LinkedHashMap<>();
        for (Organization predecessor : predecessors) {
            children.put(predecessor, checks.movingChildren(predecessor, taker.level(), "predecessorCodes"));
        }
        checks.throwIfAny();

        Organization successor = organization(taker);
        RestructuringChange change = change(RestructuringKind.MERGER, request.effectiveDate());
        children.forEach((predecessor, moves) -> {
            moves.forEach(move -> change.move(move, successor));
            change.cease(predecessor);
            change.link(predecessor, successor, SuccessionKind.MERGER);
        });
        return apply(change);
    }

    public Outcome split(Restructuring.Split request) {
        organizations.lockHierarchy();
        RestructuringChecks checks = checks(request.effectiveDate());
        Organization predecessor = checks.predecessor("predecessorCode", request.predecessorCode());
        List<Organization> predecessors = predecessor == null ? List.of() : List.of(predecessor);
        List<Subtree> children = predecessor == null ? List.of() : checks.movingChildren(predecessor, null, "predecessorCode");
        Map<String, Subtree> childByCode = children.stream()
                .collect(Collectors.toMap(move -> move.organization().code, move -> move, (a, b) -> a, LinkedHashMap::new));

        List<Taker> successors = new ArrayList<>();
        Map<String, String> placedBy = new HashMap<>();
        Set<String> successorCodes = new HashSet<>();
        for (int i = 0; i < request.successors().size(); i++) {
            Restructuring.Share share = request.successors().get(i);
            String field = "successors[" + i + "]";
            Taker successor = Taker.NONE;
            if ((share.code() == null) == (share.organization() == null)) {
                checks.fail(field, "give either code (an existing organisation) or organization (a new one)");
            } else if (share.code() != null) {
                successor = Taker.existing(checks.existingSuccessor(field + ".code", share.code(), predecessors));
            } else {
                successor = Taker.created(checks.newSuccessor(field + ".organization", share.organization(), predecessors));
            }
            String successorCode = share.code() != null ? share.code().strip()
                    : share.organization() != null && share.organization().code() != null ? share.organization().code().strip() : null;
            if (successorCode != null && !successorCodes.add(successorCode)) {
                checks.fail(field, successorCode + " is named as a successor more than once");
            }
            successors.add(successor);
            List<String> childCodes = share.childCodes();
            for (int j = 0; j < childCodes.size(); j++) {
                String childField = field + ".childCodes[" + j + "]";
                String childCode = childCodes.get(j).strip();
                Subtree child = childByCode.get(childCode);
                if (predecessor == null) {
                    continue;
                }
                if (child == null) {
                    checks.fail(childField, childCode + " is not an active child of " + predecessor.code);
                } else if (placedBy.putIfAbsent(childCode, field) != null) {
                    checks.fail(childField, childCode + " already goes to " + placedBy.get(childCode));
                } else {
                    checks.levelBelow(childField, child.organization(), successor.level());
                }
            }
        }
        List<String> unplaced = childByCode.keySet().stream().filter(code -> !placedBy.containsKey(code)).toList();
        if (predecessor != null && !unplaced.isEmpty()) {
            checks.fail("successors", "every active child of " + predecessor.code + " must go to a successor; not placed: "
                    + String.join(", ", unplaced));
        }
        checks.throwIfAny();

        RestructuringChange change = change(RestructuringKind.SPLIT, request.effectiveDate());
        for (int i = 0; i < successors.size(); i++) {
            Organization successor = organization(successors.get(i));
            for (String childCode : request.successors().get(i).childCodes()) {
                change.move(childByCode.get(childCode.strip()), successor);
            }
            change.link(predecessor, successor, SuccessionKind.SPLIT);
        }
        change.cease(predecessor);
        return apply(change);
    }

    public Outcome rename(Restructuring.Renaming request) {
        organizations.lockHierarchy();
        RestructuringChecks checks = checks(request.effectiveDate());
        Organization predecessor = checks.predecessor("predecessorCode", request.predecessorCode());
        List<Organization> predecessors = predecessor == null ? List.of() : List.of(predecessor);
        Registration created = checks.newSuccessor("successor", request.successor(), predecessors);
        List<Subtree> children = predecessor == null ? List.of()
                : checks.movingChildren(predecessor, created.organization().level(), "predecessorCode");
        checks.throwIfAny();

        Organization successor = register(created);
        RestructuringChange change = change(RestructuringKind.RENAMING, request.effectiveDate());
        children.forEach(move -> change.move(move, successor));
        change.cease(predecessor);
        change.link(predecessor, successor, SuccessionKind.RENAMING);
        return apply(change);
    }

    public Outcome move(Restructuring.Move request) {
        organizations.lockHierarchy();
        RestructuringChecks checks = checks(request.effectiveDate());
        Organization moving = checks.active("code", request.code(), "cannot move");
        if (moving != null && request.version() != null) {
            DomainException.requireVersion(moving.code, moving.version, request.version());
        }
        Organization parent = checks.active("newParentCode", request.newParentCode(), "cannot take it in");
        Subtree move = null;
        if (moving != null && parent != null) {
            if (parent.id.equals(moving.id) || moving.isAncestorOf(parent)) {
                checks.fail("newParentCode", parent.code + " is " + moving.code
                        + (parent.id.equals(moving.id) ? " itself" : " or lies below it") + ": that would make a cycle");
            } else if (parent.id.equals(moving.parentId)) {
                checks.fail("newParentCode", moving.code + " already sits under " + parent.code);
            }
            checks.levelBelow("newParentCode", moving, parent.level);
            move = checks.moving(moving, "code");
        }
        checks.throwIfAny();

        RestructuringChange change = change(RestructuringKind.MOVE, request.effectiveDate());
        change.move(move, parent);
        return apply(change);
    }

    private RestructuringChecks checks(LocalDate effectiveDate) {
        return new RestructuringChecks(organizations, effectiveDate, LocalDate.now(clock));
    }

    private RestructuringChange change(RestructuringKind kind, LocalDate effectiveDate) {
        return new RestructuringChange(organizations, events, kind, effectiveDate);
    }

    private Outcome apply(RestructuringChange change) {
        return change.apply(OffsetDateTime.now(clock));
    }

    private Organization register(Registration created) {
        return organizationService.register(created.organization(), created.parent(), created.validFrom());
    }

    /** The organisation that takes over, registering it when it is new. */
    private Organization organization(Taker taker) {
        return taker.existing() != null ? taker.existing() : register(taker.created());
    }

    /** A successor as requested: an existing organisation or one to create; neither when the request was wrong. */
    private record Taker(Organization existing, Registration created) {

        static final Taker NONE = new Taker(null, null);

        static Taker existing(Organization organization) {
            return new Taker(organization, null);
        }

        static Taker created(Registration organization) {
            return new Taker(null, organization);
        }

        /** Null when unknown (a problem has been reported already). */
        OrganizationLevel level() {
            return existing != null ? existing.level : created != null ? created.organization().level() : null;
        }
    }
}
