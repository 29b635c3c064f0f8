package vn.cascade.directive.rest.mapping;

import vn.cascade.directive.domain.SupersedingDirective;
import vn.cascade.directive.rest.dto.DirectiveConsequencesResponse;
import vn.cascade.directive.service.DirectiveConsequences;
import vn.cascade.directive.rest.dto.DirectiveRequest;
import vn.cascade.directive.rest.dto.DirectiveResponse;
import vn.cascade.directive.rest.dto.ImplementationResponse;
import vn.cascade.directive.service.DirectiveContent;
import vn.cascade.directive.service.DirectiveView;
import vn.cascade.directive.service.Implementation;

/** Directives between the API's shapes and the services' own. */
public final class DirectiveMapper {

    private DirectiveMapper() {
    }

    public static DirectiveContent toContent(DirectiveRequest request) {
        return new DirectiveContent(request.version(), request.symbol(), request.issuingOrganizationCode(),
                request.issueDate(), request.term(), request.title(), request.summary(), request.body(),
                request.targetsOrEmpty(), request.referencesOrEmpty().stream()
                        .map(reference -> new DirectiveContent.Reference(reference.kind(), reference.symbol(),
                                reference.issueDate()))
                        .toList());
    }

    public static DirectiveResponse toResponse(DirectiveView directive) {
        return new DirectiveResponse(directive.id(), directive.symbol(), directive.type(),
                directive.issuingOrganizationCode(), directive.issuingOrganizationName(), directive.issueDate(),
                directive.term(), directive.title(), directive.summary(), directive.body(), directive.targets(),
                directive.references().stream().map(reference -> new DirectiveResponse.Reference(reference.kind(),
                        reference.symbol(), reference.issueDate(), reference.directiveId(),
                        reference.directiveId() != null)).toList(),
                directive.status(), directive.statusReason(), directive.version(), directive.publishedAt(),
                directive.updatedAt(), directive.updatedBy(),
                directive.amendedBy().stream().map(DirectiveMapper::superseding).toList(),
                directive.replacedBy() == null ? null : superseding(directive.replacedBy()),
                directive.consequences() == null ? null : consequences(directive.consequences()));
    }

    private static DirectiveResponse.Superseding superseding(SupersedingDirective link) {
        return new DirectiveResponse.Superseding(link.directiveId(), link.symbol(), link.issueDate());
    }

    private static DirectiveConsequencesResponse consequences(DirectiveConsequences.Consequences done) {
        return new DirectiveConsequencesResponse(done.superseded().stream().map(superseded ->
                new DirectiveConsequencesResponse.Superseded(superseded.directiveId(), superseded.symbol(),
                        superseded.issuingOrganizationCode(), superseded.kind(), superseded.status(),
                        superseded.dependents().stream().map(DirectiveMapper::dependent).toList())).toList(),
                done.dependents().stream().map(DirectiveMapper::dependent).toList());
    }

    private static DirectiveConsequencesResponse.Dependent dependent(DirectiveConsequences.Dependent dependent) {
        return new DirectiveConsequencesResponse.Dependent(dependent.id(), dependent.kind(), dependent.symbol(),
                dependent.issuingOrganizationCode(), dependent.status(), dependent.restsOnSymbol(), dependent.depth());
    }

    public static ImplementationResponse toResponse(Implementation implementation) {
        return new ImplementationResponse(implementation.directiveId(), implementation.directiveSymbol(),
                implementation.directiveIssueDate(),
                implementation.answered().stream().map(answer -> new ImplementationResponse.Answer(
                        answer.organizationCode(), answer.organizationName(), answer.level(), answer.planId(),
                        answer.planSymbol(), answer.issueDate(), answer.daysAfterDirective())).toList(),
                implementation.organizationCode(),
                implementation.notYet().stream().map(pending -> new ImplementationResponse.Pending(
                        pending.organizationCode(), pending.organizationName(), pending.level())).toList());
    }
}
