package vn.cascade.directive.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.cascade.common.domain.DomainException;
import vn.cascade.common.domain.Violation;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.directive.domain.Organization;
import vn.cascade.directive.repository.OrganizationRepository;

/**
 * Collects every problem of one restructuring request against the hierarchy as it stands; nothing is changed while
 * it holds any, and {@link #throwIfAny()} reports them all at once.
 */
final class RestructuringChecks {

    /** An organisation that moves with its active descendants, read before anything changed. */
    record Subtree(Organization organization, List<Organization> descendants) {
    }

    /** A successor to register once every check has passed. */
    record Registration(NewOrganization organization, Organization parent, LocalDate validFrom) {
    }

    private final OrganizationRepository organizations;
    private final LocalDate date;
    private final List<Violation> errors = new ArrayList<>();
    /** Codes of the successors to be created, so two of them cannot claim the same one. */
    private final Set<String> claimed = new HashSet<>();

    RestructuringChecks(OrganizationRepository organizations, LocalDate date, LocalDate today) {
        this.organizations = organizations;
        this.date = date;
        if (date.isAfter(today)) {
            fail("effectiveDate", "must be today or earlier: a restructuring is recorded once it has taken effect");
        }
    }

    void fail(String field, String message) {
        errors.add(new Violation(field, message));
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw DomainException.ruleBroken(
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
    Registration newSuccessor(String field, NewOrganization request, List<Organization> predecessors) {
        String code = request.code().strip();
        if (organizations.findByCode(code).isPresent() || !claimed.add(code)) {
            fail(field + ".code", "an organisation with code " + code + " already exists");
        }
        if (request.validFrom() != null && !request.validFrom().equals(date)) {
            fail(field + ".validFrom", "a successor begins on the effective date " + date + "; leave it out");
        }
        if (request.memberCountDateWithoutCount()) {
            fail(field + ".memberCountAsOf", NewOrganization.MEMBER_COUNT_DATE_ALONE);
        }
        for (Organization predecessor : predecessors) {
            if (request.level().ordinal() > predecessor.level.ordinal()) {
                fail(field + ".level", request.level() + " is a lower level than " + predecessor.code
                        + " (" + predecessor.level + ")");
            }
        }
        Organization parent = request.parentCode() != null ? namedParent(field, request, predecessors)
                : whereThePredecessorsSat(field, predecessors);
        if (parent != null && parent.level.ordinal() > request.level().ordinal()) {
            fail(field + ".parentCode", parent.code + " (" + parent.level + ") is at a lower level than "
                    + request.level());
        }
        return new Registration(request, parent, date);
    }

    private Organization namedParent(String field, NewOrganization request, List<Organization> predecessors) {
        Organization parent = active(field + ".parentCode", request.parentCode(), "cannot take in an organisation");
        for (Organization predecessor : predecessors) {
            if (parent != null && (parent.id.equals(predecessor.id) || predecessor.isAncestorOf(parent))) {
                fail(field + ".parentCode", parent.code + " is or lies below " + predecessor.code
                        + ", which ceases: that would make a cycle");
            }
        }
        return parent;
    }

    private Organization whereThePredecessorsSat(String field, List<Organization> predecessors) {
        Set<UUID> parents = predecessors.stream().map(predecessor -> predecessor.parentId)
                .collect(HashSet::new, Set::add, Set::addAll);
        if (parents.size() > 1) {
            fail(field + ".parentCode", "the predecessors sit under different parents: say which takes it in");
        } else if (parents.size() == 1 && parents.iterator().next() != null) {
            return organizations.findByIdOptional(parents.iterator().next()).orElseThrow();
        }
        return null;
    }

    /** The active children of a ceasing organisation, each to move under a successor at {@code level}. */
    List<Subtree> movingChildren(Organization predecessor, OrganizationLevel level, String field) {
        List<Subtree> moves = new ArrayList<>();
        for (Organization child : organizations.children(predecessor)) {
            if (child.active) {
                levelBelow(field, child, level);
                moves.add(moving(child, field));
            }
        }
        return moves;
    }

    /** An organisation and its subtree moving on the effective date: none of them may have moved since. */
    Subtree moving(Organization organization, String field) {
        List<Organization> descendants = organizations.activeDescendants(organization);
        List<Organization> all = new ArrayList<>(descendants.size() + 1);
        all.add(organization);
        all.addAll(descendants);
        for (Organization each : all) {
            if (each.movedAfter(date)) {
                fail(field, each.code + " moved on " + each.currentPlacement().orElseThrow().validFrom
                        + ", after the effective date; a restructuring cannot reach back before a later change");
            }
        }
        return new Subtree(organization, descendants);
    }

    /** A parent (or successor) is never at a lower level than what goes under it (levels in enum order). */
    void levelBelow(String field, Organization child, OrganizationLevel parentLevel) {
        if (parentLevel != null && parentLevel.ordinal() > child.level.ordinal()) {
            fail(field, child.code + " (" + child.level + ") cannot go under an organisation of the lower level "
                    + parentLevel);
        }
    }
}
