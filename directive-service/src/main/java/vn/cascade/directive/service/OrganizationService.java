package vn.cascade.directive.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.cascade.common.events.OrganizationKind;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.problem.ProblemException;
import vn.cascade.common.problem.ProblemType;
import vn.cascade.common.rest.PageRequest;
import vn.cascade.directive.domain.Organization;
import vn.cascade.directive.events.OrganizationEvents;
import vn.cascade.directive.repository.OrganizationRepository;
import vn.cascade.directive.repository.OrganizationRepository.Criteria;
import vn.cascade.directive.repository.OrganizationRepository.Found;
import vn.cascade.directive.rest.CreateOrganizationRequest;
import vn.cascade.directive.rest.DeactivateOrganizationRequest;
import vn.cascade.directive.rest.UpdateOrganizationRequest;

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

    public Organization create(CreateOrganizationRequest request) {
        String code = request.code().strip();
        if (organizations.findByCode(code).isPresent()) {
            throw ProblemException.conflict("An organisation with code " + code + " already exists");
        }
        Organization parent = request.parentCode() == null ? null : organizations.findByCode(request.parentCode())
                .orElseThrow(() -> ProblemException.invalid("parentCode", "no organisation has code " + request.parentCode()));
        if (parent != null && !parent.active) {
            throw ProblemException.invalid("parentCode", "organisation " + parent.code + " is no longer active");
        }
        if (memberCountDateWithoutCount(request)) {
            throw ProblemException.invalid("memberCountAsOf", MEMBER_COUNT_DATE_ALONE);
        }
        Organization organization = register(request, parent);
        organizations.flush(); // assigns the version the snapshot carries
        events.changed(organization);
        return organization;
    }

    /**
     * Replaces the organisation's state. A new parent moves it with its whole subtree: every organisation
     * whose path changes gets a new version and a snapshot.
     */
    public Organization update(UUID id, UpdateOrganizationRequest request) {
        Organization organization = get(id);
        requireVersion(organization, request.version());
        if (request.memberCountAsOf() != null && request.memberCount() == null) {
            throw ProblemException.invalid("memberCountAsOf", MEMBER_COUNT_DATE_ALONE);
        }
        if (organization.validTo != null && request.validFrom().isAfter(organization.validTo)) {
            throw ProblemException.invalid("validFrom", "must not be after validTo " + organization.validTo);
        }
        List<Organization> moved = moveIfReparented(organization, request.parentCode());

        organization.describe(request.name(), request.shortName());
        organization.level = request.level();
        organization.kind = request.kind();
        organization.memberCount = request.memberCount();
        organization.memberCountAsOf = request.memberCountAsOf();
        organization.validFrom = request.validFrom();
        OffsetDateTime now = OffsetDateTime.now(clock);
        organization.updatedAt = now;
        moved.forEach(descendant -> descendant.updatedAt = now);
        organizations.flush(); // versions are checked and increased here, before the snapshots are taken
        events.changed(organization);
        moved.forEach(events::changed);
        return organization;
    }

    private List<Organization> moveIfReparented(Organization organization, String parentCode) {
        Organization parent = parentCode == null ? null : organizations.findByCode(parentCode.strip())
                .orElseThrow(() -> ProblemException.invalid("parentCode", "no organisation has code " + parentCode));
        if (Objects.equals(parent == null ? null : parent.id, organization.parentId)) {
            return List.of();
        }
        if (parent != null && (parent.id.equals(organization.id) || organization.isAncestorOf(parent))) {
            throw ProblemException.invalid("parentCode", parent.code + " is " + organization.code
                    + (parent.id.equals(organization.id) ? " itself" : " or lies below it") + ": that would make a cycle");
        }
        if (parent != null && !parent.active) {
            throw ProblemException.invalid("parentCode", "organisation " + parent.code + " is no longer active");
        }
        String oldPath = organization.path;
        List<Organization> descendants = organizations.descendants(organization);
        organization.placeUnder(parent);
        descendants.forEach(descendant -> descendant.rebase(oldPath, organization.path));
        return descendants;
    }

    /** Marks the organisation as no longer existing from {@code effectiveDate}; it is never deleted. */
    public Organization deactivate(UUID id, DeactivateOrganizationRequest request) {
        Organization organization = get(id);
        if (request.version() != null) {
            requireVersion(organization, request.version());
        }
        if (!organization.active) {
            throw ProblemException.conflict(organization.code + " is already inactive since " + organization.validTo);
        }
        LocalDate today = LocalDate.now(clock);
        if (request.effectiveDate().isAfter(today)) {
            throw ProblemException.invalid("effectiveDate", "must be today or earlier; restructuring ahead of time is not supported");
        }
        if (request.effectiveDate().isBefore(organization.validFrom)) {
            throw ProblemException.invalid("effectiveDate", "must not be before validFrom " + organization.validFrom);
        }
        long activeChildren = organizations.countActiveChildren(organization);
        if (activeChildren > 0) {
            throw ProblemException.conflict(organization.code + " still has " + activeChildren
                    + " active child organisation(s); deactivate or move them first");
        }
        organization.active = false;
        organization.validTo = request.effectiveDate();
        organization.updatedAt = OffsetDateTime.now(clock);
        organizations.flush();
        events.changed(organization);
        return organization;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Organization get(UUID id) {
        return organizations.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No organisation with id " + id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Organization getByCode(String code) {
        return organizations.findByCode(code)
                .orElseThrow(() -> ProblemException.notFound("No organisation with code " + code));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Organization> children(UUID id) {
        return organizations.children(get(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Found subtree(UUID id, PageRequest page) {
        var query = organizations.subtree(get(id));
        return new Found(query.page(page.page, page.size).list(), query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Organization> ancestors(UUID id) {
        return organizations.ancestors(get(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Found search(String text, OrganizationLevel level, OrganizationKind kind, Boolean active, PageRequest page) {
        return organizations.search(new Criteria(text, level, kind, active), page.offset(), page.size);
    }

    private static final String MEMBER_COUNT_DATE_ALONE = "is only meaningful with a memberCount";

    private static boolean memberCountDateWithoutCount(CreateOrganizationRequest request) {
        return request.memberCountAsOf() != null && request.memberCount() == null;
    }

    private Organization register(CreateOrganizationRequest request, Organization parent) {
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
        organization.validFrom = request.validFrom() != null ? request.validFrom() : LocalDate.now(clock);
        organizations.persist(organization);
        return organization;
    }

    /** Most organisations are committees; a cell is a cell. */
    private static OrganizationKind defaultKind(OrganizationLevel level) {
        return level == OrganizationLevel.CELL ? OrganizationKind.PARTY_CELL : OrganizationKind.PARTY_COMMITTEE;
    }

    private static void requireVersion(Organization organization, long expected) {
        if (organization.version != expected) {
            throw new ProblemException(ProblemType.STALE_VERSION, organization.code + " is at version "
                    + organization.version + ", not " + expected + ": read it again and reapply your change");
        }
    }
}
