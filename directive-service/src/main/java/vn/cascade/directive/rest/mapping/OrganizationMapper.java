package vn.cascade.directive.rest.mapping;

import vn.cascade.directive.rest.dto.CreateOrganizationRequest;
import vn.cascade.directive.rest.dto.OrganizationHistoryResponse;
import vn.cascade.directive.rest.dto.OrganizationHistoryResponse.Link;
import vn.cascade.directive.rest.dto.OrganizationHistoryResponse.Neighbour;
import vn.cascade.directive.rest.dto.OrganizationHistoryResponse.OrganizationRef;
import vn.cascade.directive.rest.dto.OrganizationHistoryResponse.PlacementResponse;
import vn.cascade.directive.rest.dto.OrganizationResponse;
import vn.cascade.directive.rest.dto.UpdateOrganizationRequest;
import vn.cascade.directive.service.NewOrganization;
import vn.cascade.directive.service.OrganizationHistories;
import vn.cascade.directive.service.OrganizationHistories.History;
import vn.cascade.directive.service.OrganizationHistories.Named;
import vn.cascade.directive.service.OrganizationUpdate;
import vn.cascade.directive.service.OrganizationView;

/** Organisations between the API's shapes and the services' own. */
public final class OrganizationMapper {

    private OrganizationMapper() {
    }

    /** Null for null: a restructuring's new successor is optional. */
    public static NewOrganization toNewOrganization(CreateOrganizationRequest request) {
        return request == null ? null : new NewOrganization(request.code(), request.name(), request.shortName(),
                request.level(), request.kind(), request.parentCode(), request.memberCount(),
                request.memberCountAsOf(), request.validFrom());
    }

    public static OrganizationUpdate toUpdate(UpdateOrganizationRequest request) {
        return new OrganizationUpdate(request.name(), request.shortName(), request.level(), request.kind(),
                request.parentCode(), request.memberCount(), request.memberCountAsOf(), request.validFrom(),
                request.version());
    }

    public static OrganizationResponse toResponse(OrganizationView organization) {
        return new OrganizationResponse(organization.id(), organization.code(), organization.name(),
                organization.shortName(), organization.level(), organization.kind(), organization.parentId(),
                organization.active(), organization.memberCount(), organization.memberCountAsOf(),
                organization.validFrom(), organization.validTo(), organization.version(), organization.updatedAt());
    }

    public static OrganizationHistoryResponse toResponse(History history) {
        return new OrganizationHistoryResponse(toResponse(history.organization()),
                history.placements().stream().map(period -> new PlacementResponse(reference(period.parent()),
                        period.path(), period.from(), period.to())).toList(),
                history.earlier().stream().filter(link -> link.step() == 1)
                        .map(link -> new Neighbour(reference(link.predecessor()), link.kind(), link.effective())).toList(),
                history.later().stream().filter(link -> link.step() == 1)
                        .map(link -> new Neighbour(reference(link.successor()), link.kind(), link.effective())).toList(),
                history.earlier().stream().map(OrganizationMapper::link).toList(),
                history.later().stream().map(OrganizationMapper::link).toList(),
                history.carriedOnBy().stream().map(OrganizationMapper::reference).toList());
    }

    private static OrganizationRef reference(Named organization) {
        return organization == null ? null : new OrganizationRef(organization.id(), organization.code(),
                organization.name(), organization.level(), organization.active(), organization.validTo());
    }

    private static Link link(OrganizationHistories.Link link) {
        return new Link(link.step(), reference(link.predecessor()), reference(link.successor()), link.kind(),
                link.effective());
    }
}
