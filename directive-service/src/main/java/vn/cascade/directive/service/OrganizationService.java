package vn.cascade.directive.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.cascade.common.events.OrganizationKind;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.problem.ProblemException;
import vn.cascade.directive.domain.Organization;
import vn.cascade.directive.events.OrganizationEvents;
import vn.cascade.directive.repository.OrganizationRepository;
import vn.cascade.directive.rest.CreateOrganizationRequest;

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
}
