package vn.cascade.directive.rest.mapping;

import vn.cascade.directive.domain.ReferenceEdge;
import vn.cascade.directive.rest.dto.DocumentGraphResponse;
import vn.cascade.directive.rest.dto.DocumentGraphResponse.DocumentEdge;
import vn.cascade.directive.rest.dto.DocumentGraphResponse.DocumentNode;
import vn.cascade.directive.service.DocumentGraphService.Graph;
import vn.cascade.directive.service.DocumentGraphService.Node;

/** The reference graph in the API's shape. */
public final class DocumentGraphMapper {

    private DocumentGraphMapper() {
    }

    public static DocumentGraphResponse toResponse(Graph graph) {
        return new DocumentGraphResponse(node(graph.document()),
                graph.dependsOn().stream().map(DocumentGraphMapper::node).toList(),
                graph.dependents().stream().map(DocumentGraphMapper::node).toList(),
                graph.references().stream().map(DocumentGraphMapper::edge).toList(),
                graph.truncated());
    }

    private static DocumentNode node(Node node) {
        return new DocumentNode(node.id(), node.kind(), node.symbol(), node.type(), node.issueDate(),
                node.issuingOrganizationCode(), node.title(), node.status(), node.depth());
    }

    private static DocumentEdge edge(ReferenceEdge edge) {
        return new DocumentEdge(edge.sourceId(), edge.kind(), edge.targetId(), edge.targetSymbol(),
                edge.targetIssueDate());
    }
}
