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
import java.util.UUID;
import java.util.stream.Collectors;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.events.SuccessionKind;
import vn.cascade.common.problem.Problem.FieldError;
import vn.cascade.common.problem.ProblemException;
import vn.cascade.common.problem.ProblemType;
import vn.cascade.directive.domain.Organization;
import vn.cascade.directive.domain.RestructuringKind;
import vn.cascade.directive.domain.Succession;
import vn.cascade.directive.events.outgoing.OrganizationEvents;
import vn.cascade.directive.repository.OrganizationRepository;
import vn.cascade.directive.rest.dto.CreateOrganizationRequest;
import vn.cascade.directive.rest.dto.MergerRequest;
import vn.cascade.directive.rest.dto.MoveRequest;
import vn.cascade.directive.rest.dto.RenamingRequest;
import vn.cascade.directive.rest.dto.SplitRequest;

/**
 * Restructuring as one operation: merge, split, rename, move, effective on a date. Everything is checked before
 * anything changes, and every problem found is reported at once (422); then, in one transaction, the predecessors
 * cease (never deleted), their active children move to the successors with their subtrees, the succession links
 * are recorded, and every organisation whose snapshot changed is published through the outbox.
 */
@ApplicationScoped
@Transactional
public class RestructuringService {

    /** What a restructuring did. */
    public record Outcome(RestructuringKind kind, LocalDate effectiveDate, List<Organization> predecessors,
            List<Organization> successors, List<Organization> moved, int snapshotsPublished) {
    }

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

    public Outcome merge(MergerRequest request) {
        organizations.lockHierarchy();
        Checks checks = new Checks(request.effectiveDate());
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
        Map<Organization, List<Move>> children = new LinkedHashMap<>();
        for (Organization predecessor : predecessors) {
            children.put(predecessor, checks.movingChildren(predecessor, taker.level(), "predecessorCodes"));
        }
        checks.throwIfAny();

        Organization successor = organization(taker);
        Change change = new Change(RestructuringKind.MERGER, request.effectiveDate());
        children.forEach((predecessor, moves) -> {
            moves.forEach(move -> change.move(move, successor));
            change.cease(predecessor);
            change.link(predecessor, successor, SuccessionKind.MERGER);
        });
        return change.apply();
    }

    public Outcome split(SplitRequest request) {
        organizations.lockHierarchy();
        Checks checks = new Checks(request.effectiveDate());
        Organization predecessor = checks.predecessor("predecessorCode", request.predecessorCode());
        List<Organization> predecessors = predecessor == null ? List.of() : List.of(predecessor);
        List<Move> children = predecessor == null ? List.of() : checks.movingChildren(predecessor, null, "predecessorCode");
        Map<String, Move> childByCode = children.stream()
                .collect(Collectors.toMap(move -> move.organization().code, move -> move, (a, b) -> a, LinkedHashMap::new));

        List<Taker> successors = new ArrayList<>();
        Map<String, String> placedBy = new HashMap<>();
        Set<String> successorCodes = new HashSet<>();
        for (int i = 0; i < request.successors().size(); i++) {
            SplitRequest.Share share = request.successors().get(i);
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
            List<String> childCodes = share.childCodesOrEmpty();
            for (int j = 0; j < childCodes.size(); j++) {
                String childField = field + ".childCodes[" + j + "]";
                String childCode = childCodes.get(j).strip();
                Move child = childByCode.get(childCode);
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

        Change change = new Change(RestructuringKind.SPLIT, request.effectiveDate());
        for (int i = 0; i < successors.size(); i++) {
            Organization successor = organization(successors.get(i));
            for (String childCode : request.successors().get(i).childCodesOrEmpty()) {
                change.move(childByCode.get(childCode.strip()), successor);
            }
            change.link(predecessor, successor, SuccessionKind.SPLIT);
        }
        change.cease(predecessor);
        return change.apply();
    }

    public Outcome rename(RenamingRequest request) {
        organizations.lockHierarchy();
        Checks checks = new Checks(request.effectiveDate());
        Organization predecessor = checks.predecessor("predecessorCode", request.predecessorCode());
        List<Organization> predecessors = predecessor == null ? List.of() : List.of(predecessor);
        NewOrganization created = checks.newSuccessor("successor", request.successor(), predecessors);
        List<Move> children = predecessor == null ? List.of()
                : checks.movingChildren(predecessor, created.request().level(), "predecessorCode");
        checks.throwIfAny();

        Organization successor = register(created);
        Change change = new Change(RestructuringKind.RENAMING, request.effectiveDate());
        children.forEach(move -> change.move(move, successor));
        change.cease(predecessor);
        change.link(predecessor, successor, SuccessionKind.RENAMING);
        return change.apply();
    }

    public Outcome move(MoveRequest request) {
        organizations.lockHierarchy();
        Checks checks = new Checks(request.effectiveDate());
        Organization moving = checks.active("code", request.code(), "cannot move");
        if (moving != null && request.version() != null) {
            ProblemException.requireVersion(moving.code, moving.version, request.version());
        }
        Organization parent = checks.active("newParentCode", request.newParentCode(), "cannot take it in");
        Move move = null;
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

        Change change = new Change(RestructuringKind.MOVE, request.effectiveDate());
        change.move(move, parent);
        return change.apply();
    }

    private Organization register(NewOrganization created) {
        return organizationService.register(created.request(), created.parent(), created.validFrom());
    }

    /** The organisation that takes over, registering it when it is new. */
    private Organization organization(Taker taker) {
        return taker.existing() != null ? taker.existing() : register(taker.created());
    }

    /** A successor as requested: an existing organisation or one to create; neither when the request was wrong. */
    record Taker(Organization existing, NewOrganization created) {

        static final Taker NONE = new Taker(null, null);

        static Taker existing(Organization organization) {
            return new Taker(organization, null);
        }

        static Taker created(NewOrganization organization) {
            return new Taker(null, organization);
        }

        /** Null when unknown (a problem has been reported already). */
        OrganizationLevel level() {
            return existing != null ? existing.level : created != null ? created.request().level() : null;
        }
    }

    /** An organisation that moves with its active descendants, read before anything changed. */
    record Move(Organization organization, List<Organization> descendants) {
    }

    /** A successor to register once every check has passed. */
    record NewOrganization(CreateOrganizationRequest request, Organization parent, LocalDate validFrom) {
    }

    /** Collects every problem of a request; nothing is changed while it holds any. */
    private final class Checks {

        private final LocalDate date;
        private final List<FieldError> errors = new ArrayList<>();
        /** Codes of the successors to be created, so two of them cannot claim the same one. */
        private final Set<String> claimed = new HashSet<>();

        Checks(LocalDate date) {
            this.date = date;
            if (date.isAfter(LocalDate.now(clock))) {
                fail("effectiveDate", "must be today or earlier: a restructuring is recorded once it has taken effect");
            }
        }

        void fail(String field, String message) {
            errors.add(new FieldError(field, message));
        }

        void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new ProblemException(ProblemType.UNPROCESSABLE,
                        "The restructuring cannot be applied as requested; nothing was changed", errors);
            }
        }

        /** An existing organisation that exists on the effective date and has not ceased; null (and a problem) else. */
        Organization active(String field, String code, String otherwise) {
            Organization organization = organizations.findByCode(code.strip()).orElse(null);
            if (organization == null) {
                fail(field, "no organisation has code " + code);
                return null;
            }
            if (!organization.active) {
                fail(field, organization.code + " ceased on " + organization.validTo + " and " + otherwise);
                return null;
            }
            if (date.isBefore(organization.validFrom)) {
                fail(field, organization.code + " began on " + organization.validFrom + ", after the effective date");
                return null;
            }
            return organization;
        }

        Organization predecessor(String field, String code) {
            Organization organization = active(field, code, "cannot cease again");
            if (organization != null && organization.movedAfter(date)) {
                fail(field, organization.code + " moved on " + organization.currentPlacement().orElseThrow().validFrom
                        + ", after the effective date");
            }
            return organization;
        }

        List<Organization> predecessors(String field, List<String> codes) {
            List<Organization> found = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < codes.size(); i++) {
                String item = field + "[" + i + "]";
                if (!seen.add(codes.get(i).strip())) {
                    fail(item, codes.get(i) + " is listed twice");
                    continue;
                }
                Organization organization = predecessor(item, codes.get(i));
                if (organization != null) {
                    found.add(organization);
                }
            }
            for (Organization lower : found) {
                found.stream().filter(upper -> upper.isAncestorOf(lower)).findFirst().ifPresent(upper ->
                        fail(field, lower.code + " lies below " + upper.code + ", which is also merged: "
                                + "merge or move it separately"));
            }
            return found;
        }

        Organization existingSuccessor(String field, String code, List<Organization> predecessors) {
            Organization successor = active(field, code, "cannot take over");
            if (successor == null) {
                return null;
            }
            for (Organization predecessor : predecessors) {
                if (predecessor.id.equals(successor.id)) {
                    fail(field, successor.code + " is also a predecessor");
                } else if (predecessor.isAncestorOf(successor)) {
                    fail(field, successor.code + " lies below " + predecessor.code
                            + ", which ceases: that would make a cycle");
                } else if (successor.level.ordinal() > predecessor.level.ordinal()) {
                    fail(field, successor.code + " (" + successor.level + ") is at a lower level than "
                            + predecessor.code + " (" + predecessor.level + ")");
                }
            }
            return successor;
        }

        /** Checks a successor to be created; without parentCode it goes where the predecessors sat. */
        NewOrganization newSuccessor(String field, CreateOrganizationRequest request, List<Organization> predecessors) {
            String code = request.code().strip();
            if (organizations.findByCode(code).isPresent() || !claimed.add(code)) {
                fail(field + ".code", "an organisation with code " + code + " already exists");
            }
            if (request.validFrom() != null && !request.validFrom().equals(date)) {
                fail(field + ".validFrom", "a successor begins on the effective date " + date + "; leave it out");
            }
            if (request.memberCountAsOf() != null && request.memberCount() == null) {
                fail(field + ".memberCountAsOf", "is only meaningful with a memberCount");
            }
            for (Organization predecessor : predecessors) {
                if (request.level().ordinal() > predecessor.level.ordinal()) {
                    fail(field + ".level", request.level() + " is a lower level than " + predecessor.code
                            + " (" + predecessor.level + ")");
                }
            }
            Organization parent = null;
            if (request.parentCode() != null) {
                parent = active(field + ".parentCode", request.parentCode(), "cannot take in an organisation");
                for (Organization predecessor : predecessors) {
                    if (parent != null && (parent.id.equals(predecessor.id) || predecessor.isAncestorOf(parent))) {
                        fail(field + ".parentCode", parent.code + " is or lies below " + predecessor.code
                                + ", which ceases: that would make a cycle");
                    }
                }
            } else {
                Set<UUID> parents = predecessors.stream().map(predecessor -> predecessor.parentId)
                        .collect(HashSet::new, Set::add, Set::addAll);
                if (parents.size() > 1) {
                    fail(field + ".parentCode", "the predecessors sit under different parents: say which takes it in");
                } else if (parents.size() == 1 && parents.iterator().next() != null) {
                    parent = organizations.findByIdOptional(parents.iterator().next()).orElseThrow();
                }
            }
            if (parent != null && parent.level.ordinal() > request.level().ordinal()) {
                fail(field + ".parentCode", parent.code + " (" + parent.level + ") is at a lower level than "
                        + request.level());
            }
            return new NewOrganization(request, parent, date);
        }

        /** The active children of a ceasing organisation, each to move under a successor at {@code level}. */
        List<Move> movingChildren(Organization predecessor, OrganizationLevel level, String field) {
            List<Move> moves = new ArrayList<>();
            for (Organization child : organizations.children(predecessor)) {
                if (child.active) {
                    levelBelow(field, child, level);
                    moves.add(moving(child, field));
                }
            }
            return moves;
        }

        /** An organisation and its subtree moving on the effective date: none of them may have moved since. */
        Move moving(Organization organization, String field) {
            List<Organization> descendants = organizationService.activeDescendants(organization);
            for (Organization each : concat(organization, descendants)) {
                if (each.movedAfter(date)) {
                    fail(field, each.code + " moved on " + each.currentPlacement().orElseThrow().validFrom
                            + ", after the effective date; a restructuring cannot reach back before a later change");
                }
            }
            return new Move(organization, descendants);
        }

        /** A parent (or successor) is never at a lower level than what goes under it (levels in enum order). */
        void levelBelow(String field, Organization child, OrganizationLevel parentLevel) {
            if (parentLevel != null && parentLevel.ordinal() > child.level.ordinal()) {
                fail(field, child.code + " (" + child.level + ") cannot go under an organisation of the lower level "
                        + parentLevel);
            }
        }
    }

    private static List<Organization> concat(Organization first, List<Organization> rest) {
        List<Organization> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /** The changes of one restructuring, applied together, then published once per affected organisation. */
    private final class Change {

        private final RestructuringKind kind;
        private final LocalDate date;
        private final Map<UUID, Organization> affected = new LinkedHashMap<>();
        private final List<Organization> predecessors = new ArrayList<>();
        private final List<Organization> successors = new ArrayList<>();
        private final List<Organization> moved = new ArrayList<>();

        Change(RestructuringKind kind, LocalDate date) {
            this.kind = kind;
            this.date = date;
        }

        void move(Move move, Organization parent) {
            OrganizationService.moveUnder(move.organization(), parent, date, move.descendants());
            moved.add(move.organization());
            affected.put(move.organization().id, move.organization());
            move.descendants().forEach(descendant -> affected.put(descendant.id, descendant));
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

        Outcome apply() {
            OffsetDateTime now = OffsetDateTime.now(clock);
            affected.values().forEach(organization -> organization.updatedAt = now); // a new version for each
            organizations.flush(); // versions are increased here, before the snapshots are taken
            affected.values().forEach(events::changed);
            return new Outcome(kind, date, predecessors, successors, moved, affected.size());
        }
    }
}
