package vn.cascade.directive.rest.mapping;

import vn.cascade.directive.rest.dto.MergerRequest;
import vn.cascade.directive.rest.dto.MoveRequest;
import vn.cascade.directive.rest.dto.RenamingRequest;
import vn.cascade.directive.rest.dto.RestructuringResponse;
import vn.cascade.directive.rest.dto.SplitRequest;
import vn.cascade.directive.service.Restructuring;

/** Restructurings between the API's shapes and the service's own. */
public final class RestructuringMapper {

    private RestructuringMapper() {
    }

    public static Restructuring.Merger toMerger(MergerRequest request) {
        return new Restructuring.Merger(request.predecessorCodes(), request.effectiveDate(), request.successorCode(),
                OrganizationMapper.toNewOrganization(request.newSuccessor()));
    }

    public static Restructuring.Split toSplit(SplitRequest request) {
        return new Restructuring.Split(request.predecessorCode(), request.effectiveDate(),
                request.successors().stream().map(share -> new Restructuring.Share(share.code(),
                        OrganizationMapper.toNewOrganization(share.organization()), share.childCodesOrEmpty()))
                        .toList());
    }

    public static Restructuring.Renaming toRenaming(RenamingRequest request) {
        return new Restructuring.Renaming(request.predecessorCode(), request.effectiveDate(),
                OrganizationMapper.toNewOrganization(request.successor()));
    }

    public static Restructuring.Move toMove(MoveRequest request) {
        return new Restructuring.Move(request.code(), request.newParentCode(), request.effectiveDate(),
                request.version());
    }

    public static RestructuringResponse toResponse(Restructuring.Outcome outcome) {
        return new RestructuringResponse(outcome.kind(), outcome.effectiveDate(),
                outcome.predecessors().stream().map(OrganizationMapper::toResponse).toList(),
                outcome.successors().stream().map(OrganizationMapper::toResponse).toList(),
                outcome.moved().stream().map(OrganizationMapper::toResponse).toList(),
                outcome.snapshotsPublished());
    }
}
