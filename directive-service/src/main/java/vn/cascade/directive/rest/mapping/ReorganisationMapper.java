package vn.cascade.directive.rest.mapping;

import java.util.List;
import vn.cascade.directive.rest.dto.CreateOrganizationRequest;
import vn.cascade.directive.rest.dto.ReorganisationReferenceResponse;
import vn.cascade.directive.rest.dto.ReorganisationRequest;
import vn.cascade.directive.rest.dto.ReorganisationResponse;
import vn.cascade.directive.service.NewOrganization;
import vn.cascade.directive.service.Reorganisation;

/** Reorganisations between the API's shapes and the service's own. */
public final class ReorganisationMapper {

    private ReorganisationMapper() {
    }

    public static Reorganisation.Plan toPlan(ReorganisationRequest request) {
        return new Reorganisation.Plan(request.effectiveDate(),
                orEmpty(request.mergers()).stream().map(step -> new Reorganisation.Merger(step.predecessorCodes(),
                        step.successorCode(), OrganizationMapper.toNewOrganization(step.newSuccessor()), step.seat(),
                        step.decision(), step.sources())).toList(),
                orEmpty(request.dissolutions()).stream().map(step -> new Reorganisation.Dissolution(step.parentCodes(),
                        step.level(), step.kind(), step.exceptCodes())).toList());
    }

    public static ReorganisationResponse toResponse(Reorganisation.Outcome outcome) {
        return new ReorganisationResponse(outcome.effectiveDate(), outcome.ceased(), outcome.successors(),
                outcome.dissolved(), outcome.ceasedWithoutSuccessor(), outcome.moved(), outcome.snapshotsPublished());
    }

    public static ReorganisationReferenceResponse toResponse(Reorganisation.Reference reference) {
        return new ReorganisationReferenceResponse(reference.title(), reference.effectiveDate(), reference.note(),
                reference.sources().stream().map(source -> new ReorganisationReferenceResponse.SourceResponse(
                        source.id(), source.symbol(), source.date(), source.issuer(), source.what(), source.url()))
                        .toList(),
                reference.committeesBefore().stream().map(ReorganisationMapper::toRequest).toList(),
                reference.unchanged(), toRequest(reference.operation()));
    }

    private static ReorganisationRequest toRequest(Reorganisation.Plan plan) {
        return new ReorganisationRequest(plan.effectiveDate(),
                plan.mergers().stream().map(merger -> new ReorganisationRequest.MergerStep(merger.predecessorCodes(),
                        merger.successorCode(), toRequest(merger.newSuccessor()), merger.seat(), merger.decision(),
                        merger.sources())).toList(),
                plan.dissolutions().stream().map(dissolution -> new ReorganisationRequest.DissolutionStep(
                        dissolution.parentCodes(), dissolution.level(), dissolution.kind(), dissolution.exceptCodes()))
                        .toList());
    }

    private static CreateOrganizationRequest toRequest(NewOrganization organization) {
        return organization == null ? null : new CreateOrganizationRequest(organization.code(), organization.name(),
                organization.shortName(), organization.level(), organization.kind(), organization.parentCode(),
                organization.memberCount(), organization.memberCountAsOf(), organization.validFrom());
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
