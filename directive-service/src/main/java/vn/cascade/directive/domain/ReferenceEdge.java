package vn.cascade.directive.domain;

import java.time.LocalDate;
import java.util.UUID;
import vn.cascade.common.documents.ReferenceKind;

/**
 * One reference between documents, directives and plans alike: {@code sourceId} rests on {@code targetId} (null
 * while the named document is unknown here, then known only by its symbol).
 */
public record ReferenceEdge(UUID sourceId, ReferenceKind kind, UUID targetId, String targetSymbol,
        LocalDate targetIssueDate) {
}
