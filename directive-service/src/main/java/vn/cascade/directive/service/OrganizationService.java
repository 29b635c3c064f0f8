package vn.cascade.directive.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.cascade.common.domain.DomainException;
import vn.cascade.common.events.OrganizationKind;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.directive.domain.Organization;
import vn.cascade.directive.events.outgoing.OrganizationEvents;
import vn.cascade.directive.repository.OrganizationRepository;

/**
 * Registering, changing and deactivating one organisation. Every change publishes the snapshot of each
 * organisation it touched, after the flush that gave it its new version.
 */
@ApplicationScoped
@Transactional
public class OrganizationService {

    private final OrganizationRepository organizations;
    private final OrganizationEvents events;
    private final Clock clock;

    OrganizationService(OrganizationRepository organizations, OrganizationEvents events, Clock clock) {
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
    }

    public OrganizationView create(NewOrganization request) {
        organizations.lockHierarchy();
        String code = request.code().strip();
        if (organizations.findByCode(code).isPresent()) {
            throw DomainException.conflict("An organisation with code " + code + " already exists")
                    .localized("organization.exists", code);
        }
        Organization parent = request.parentCode() == null ? null : organizations.findByCode(request.parentCode())
                .orElseThrow(() -> DomainException.invalid("parentCode", "no organisation has code " + request.parentCode(),
                        "organization.no-such-code", request.parentCode()));
        if (parent != null && !parent.active) {
            throw DomainException.invalid("parentCode", "organisation " + parent.code + " is no longer active",
                    "organization.inactive", parent.code);
        }
        if (request.memberCountDateWithoutCount()) {
            throw DomainException.invalid("memberCountAsOf", NewOrganization.MEMBER_COUNT_DATE_ALONE);
        }
        Organization organization = register(request, parent, validFromOrToday(request));
        organizations.flush(); // assigns the version the snapshot carries
        events.changed(organization);
        return OrganizationView.of(organization);
    }

    /**
     * Replaces the organisation's state. A new parent moves it with its whole subtree: every organisation
     * whose path changes gets a new version and a snapshot.
     */
    public OrganizationView update(UUID id, OrganizationUpdate request) {
        organizations.lockHierarchy();
        Organization organization = organizations.require(id);
        requireVersion(organization, request.version());
        if (request.memberCountAsOf() != null && request.memberCount() == null) {
            throw DomainException.invalid("memberCountAsOf", NewOrganization.MEMBER_COUNT_DATE_ALONE);
        }
        if (organization.validTo != null && request.validFrom().isAfter(organization.validTo)) {
            throw DomainException.invalid("validFrom", "must not be after validTo " + organization.validTo);
        }
        List<Organization> moved = moveIfReparented(organization, request.parentCode());

        organization.describe(request.name(), request.shortName());
        organization.level = request.level();
        organization.kind = request.kind();
        organization.memberCount = request.memberCount();
        organization.memberCountAsOf = request.memberCountAsOf();
        if (!request.validFrom().equals(organization.validFrom)) {
            organization.beginOn(request.validFrom());
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        organization.updatedAt = now;
        moved.forEach(descendant -> descendant.updatedAt = now);
        organizations.flush(); // versions are checked and increased here, before the snapshots are taken
        events.changed(organization);
        moved.forEach(events::changed);
        return OrganizationView.of(organization);
    }

    /** @return the descendants whose path changed */
    private List<Organization> moveIfReparented(Organization organization, String parentCode) {
        Organization parent = parentCode == null ? null : organizations.findByCode(parentCode.strip())
                .orElseThrow(() -> DomainException.invalid("parentCode", "no organisation has code " + parentCode,
                        "organization.no-such-code", parentCode));
        if (Objects.equals(parent == null ? null : parent.id, organization.parentId)) {
            return List.of();
        }
        if (parent != null && (parent.id.equals(organization.id) || organization.isAncestorOf(parent))) {
            boolean itself = parent.id.equals(organization.id);
            throw DomainException.invalid("parentCode", parent.code + " is " + organization.code
                    + (itself ? " itself" : " or lies below it") + ": that would make a cycle",
                    itself ? "organization.parent-itself" : "organization.parent-below", parent.code, organization.code);
        }
        if (parent != null && !parent.active) {
            throw DomainException.invalid("parentCode", "organisation " + parent.code + " is no longer active",
                    "organization.inactive", parent.code);
        }
        if (!organization.active) {
            throw DomainException.conflict(organization.code + " ceased on " + organization.validTo
                    + "; where it sat is history and does not change")
                    .localized("organization.ceased-no-move", organization.code, organization.validTo);
        }
        List<Organization> descendants = organizations.activeDescendants(organization);
        organization.moveUnder(parent, LocalDate.now(clock), descendants);
        return descendants;
    }

    /** Marks the organisation as no longer existing from {@code effectiveDate}; it is never deleted. */
    public OrganizationView deactivate(UUID id, LocalDate effectiveDate, Long version) {
        organizations.lockHierarchy();
        Organization organization = organizations.require(id);
        if (version != null) {
            requireVersion(organization, version);
        }
        if (!organization.active) {
            throw DomainException.conflict(organization.code + " is already inactive since " + organization.validTo)
                    .localized("organization.already-inactive", organization.code, organization.validTo);
        }
        LocalDate today = LocalDate.now(clock);
        if (effectiveDate.isAfter(today)) {
            throw DomainException.invalid("effectiveDate", "must be today or earlier; restructuring ahead of time is not supported");
        }
        if (effectiveDate.isBefore(organization.validFrom)) {
            throw DomainException.invalid("effectiveDate", "must not be before validFrom " + organization.validFrom);
        }
        long activeChildren = organizations.countActiveChildren(organization);
        if (activeChildren > 0) {
            throw DomainException.conflict(organization.code + " still has " + activeChildren
                    + " active child organisation(s); deactivate or move them first")
                    .localized("organization.active-children", organization.code, activeChildren);
        }
        if (organization.movedAfter(effectiveDate)) {
            throw DomainException.invalid("effectiveDate", "must not be before " + organization.code + "'s last move, on "
                    + organization.currentPlacement().orElseThrow().validFrom);
        }
        organization.cease(effectiveDate);
        organization.updatedAt = OffsetDateTime.now(clock);
        organizations.flush();
        events.changed(organization);
        return OrganizationView.of(organization);
    }

    LocalDate validFromOrToday(NewOrganization request) {
        return request.validFrom() != null ? request.validFrom() : LocalDate.now(clock);
    }

    /** Registers the organisation under {@code parent}, existing from {@code validFrom}; no snapshot yet. */
    Organization register(NewOrganization request, Organization parent, LocalDate validFrom) {
        Organization organization = new Organization();
        organization.id = UUID.randomUUID();
        organization.code = request.code().strip();
        organization.describe(request.name(), request.shortName());
        organization.level = request.level();
        organization.kind = request.kind() != null ? request.kind() : defaultKind(request.level());
        organization.memberCount = request.memberCount();
        organization.memberCountAsOf = request.memberCountAsOf();
        organization.placeUnder(parent);
        organization.createdAt = organization.updatedAt = OffsetDateTime.now(clock);
        organization.validFrom = validFrom;
        organization.begin();
        organizations.persist(organization);
        return organization;
    }

    /** Most organisations are committees; a cell is a cell. */
    private static OrganizationKind defaultKind(OrganizationLevel level) {
        return level == OrganizationLevel.CELL ? OrganizationKind.PARTY_CELL : OrganizationKind.PARTY_COMMITTEE;
    }

    private static void requireVersion(Organization organization, Long expected) {
        DomainException.requireVersion(organization.code, organization.version, expected);
    }
}
