package vn.cascade.plan.rest.mapping;

import vn.cascade.plan.rest.dto.CascadeResponse;
import vn.cascade.plan.rest.dto.CoverageResponse;
import vn.cascade.plan.service.CascadeService.Coverage;
import vn.cascade.plan.service.CascadeService.Node;
import vn.cascade.plan.service.CascadeService.Tree;

/** The cascade of a directive, from the service's records to the API's. */
public final class CascadeMapper {

    private CascadeMapper() {
    }

    public static CascadeResponse toResponse(Tree tree) {
        return new CascadeResponse(tree.directiveId(), tree.directiveSymbol(), tree.directiveIssueDate(),
                tree.plans().stream().map(CascadeMapper::node).toList());
    }

    public static CoverageResponse toResponse(Coverage coverage) {
        return new CoverageResponse(coverage.organizationCode(), coverage.directiveSymbol(), coverage.planId(),
                coverage.planSymbol(), coverage.deadline(),
                coverage.answered().stream().map(answer -> new CoverageResponse.Answer(answer.organizationCode(),
                        answer.organizationName(), answer.planId(), answer.planSymbol(), answer.issueDate(),
                        answer.daysAfterDirective(), answer.late())).toList(),
                coverage.owing().stream().map(debt -> new CoverageResponse.Debt(debt.organizationCode(),
                        debt.organizationName(), debt.late())).toList());
    }

    private static CascadeResponse.Node node(Node node) {
        return new CascadeResponse.Node(node.planId(), node.symbol(), node.organizationCode(),
                node.organizationName(), node.level(), node.issueDate(), node.status(), node.daysAfterDirective(),
                node.children().stream().map(CascadeMapper::node).toList());
    }
}
