package vn.cascade.directive.rest.dto;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.common.documents.ReferenceKind;
import vn.cascade.directive.service.DocumentGraphService.DocumentKind;

@Schema(name = "DocumentGraph", description = "The documents a directive or plan rests on and those resting on it")
public record DocumentGraphResponse(
        DocumentNode document,
        @Schema(description = "What it rests on (implements, is based on, amends, replaces, relates to), transitively; "
                + "nearest first") List<DocumentNode> dependsOn,
        @Schema(description = "What rests on it, transitively; nearest first") List<DocumentNode> dependents,
        @Schema(description = "Every reference between the documents shown; what a document rests on may be a "
                + "document not registered here (targetId absent, named by its symbol)") List<DocumentEdge> references,
        @Schema(description = "Whether documents lie beyond the depth followed") boolean truncated) {

    @Schema(name = "DocumentNode", description = "A directive or a plan")
    public record DocumentNode(
            UUID id,
            DocumentKind kind,
            @Schema(example = "48-CTr/TU") String symbol,
            @Schema(example = "CTr") String type,
            @Schema(example = "2022-12-02") LocalDate issueDate,
            @Schema(example = "TU-QUANGTRI") String issuingOrganizationCode,
            @Schema(example = "Chương trình hành động thực hiện Nghị quyết số 21-NQ/TW") String title,
            @Schema(description = "A directive's status (PUBLISHED, AMENDED, REVOKED, EXPIRED) or a plan's (ISSUED, "
                    + "AMENDED, REVOKED)", example = "ISSUED") String status,
            @Schema(description = "References away from the document asked about; 0 for itself", example = "1") int depth) {
    }

    @Schema(name = "DocumentEdge", description = "The document sourceId rests on the one it names")
    public record DocumentEdge(
            UUID sourceId,
            ReferenceKind kind,
            @Schema(description = "The named document; absent while it is not registered here") UUID targetId,
            @Schema(example = "21-NQ/TW") String targetSymbol,
            @Schema(example = "2022-06-16") LocalDate targetIssueDate) {
    }
}
