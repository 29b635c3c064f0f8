package vn.cascade.directive.rest.dto;

import vn.cascade.common.rest.Versioned;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.common.documents.DocumentType;
import vn.cascade.common.documents.ReferenceKind;
import vn.cascade.common.documents.Target;
import vn.cascade.directive.domain.DirectiveStatus;

@Schema(name = "Directive")
public record DirectiveResponse(
        UUID id,
        @Schema(example = "21-NQ/TW") String symbol,
        DocumentType type,
        @Schema(example = "BCHTW") String issuingOrganizationCode,
        @Schema(example = "Ban Chấp hành Trung ương Đảng") String issuingOrganizationName,
        @Schema(example = "2022-06-16") LocalDate issueDate,
        @Schema(example = "XIII") String term,
        String title,
        String summary,
        String body,
        List<Target> targets,
        List<Reference> references,
        DirectiveStatus status,
        String statusReason,
        @Schema(description = "Optimistic-lock version; send it back to change the directive") long version,
        OffsetDateTime publishedAt,
        OffsetDateTime updatedAt,
        String updatedBy,
        @Schema(description = "Later directives that amended this one (sửa đổi, bổ sung), oldest first; it stays in force")
        List<Superseding> amendedBy,
        @Schema(description = "The later directive that replaced this one (thay thế), when its status is REPLACED")
        Superseding replacedBy,
        @Schema(description = "Only in the answer to publish, amend and revoke: what the change did to other documents")
        DirectiveConsequencesResponse consequences) implements Versioned {

    @Schema(name = "SupersedingDirective")
    public record Superseding(
            UUID directiveId,
            @Schema(example = "35-HD/BTCTW") String symbol,
            @Schema(example = "2022-10-04") LocalDate issueDate) {
    }

    @Schema(name = "DirectiveReference")
    public record Reference(
            ReferenceKind kind,
            @Schema(example = "05-CT/TW") String symbol,
            LocalDate issueDate,
            @Schema(description = "The registered directive, when the named document is in the registry") UUID directiveId,
            boolean resolved) {
    }
}
