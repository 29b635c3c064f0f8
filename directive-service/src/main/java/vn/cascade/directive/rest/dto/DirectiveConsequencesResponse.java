package vn.cascade.directive.rest.dto;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.common.documents.ReferenceKind;
import vn.cascade.directive.domain.DirectiveStatus;

/** What a directive's lifecycle change did to other documents. */
@Schema(name = "DirectiveConsequences", description = "Present only in the answer to publish, amend and revoke: the "
        + "earlier directives the change amended (AMENDED, still in force) or replaced (REPLACED), each with what rests "
        + "on it, and the directives and plans in force resting on this directive. plan-service sends each plan among "
        + "them vn.cascade.plan.basis-changed.v1 when it reads the directive's event.")
public record DirectiveConsequencesResponse(
        @Schema(description = "Earlier directives this one names as amended or replaced") List<Superseded> superseded,
        @Schema(description = "Directives and plans in force resting on this directive, nearest first")
        List<Dependent> dependents) {

    @Schema(name = "SupersededDirective")
    public record Superseded(
            UUID directiveId,
            @Schema(example = "12-HD/BTCTW") String symbol,
            @Schema(example = "BTCTW") String issuingOrganizationCode,
            @Schema(example = "REPLACES") ReferenceKind kind,
            @Schema(description = "Its status after the change", example = "REPLACED") DirectiveStatus status,
            List<Dependent> dependents) {
    }

    @Schema(name = "DependentDocument")
    public record Dependent(
            UUID id,
            @Schema(description = "DIRECTIVE or PLAN", example = "PLAN") String kind,
            @Schema(example = "07-KH/TW") String symbol,
            @Schema(example = "BCT") String issuingOrganizationCode,
            @Schema(example = "ISSUED") String status,
            @Schema(description = "The document it names, through which it rests on the changed one",
                    example = "21-NQ/TW") String restsOnSymbol,
            @Schema(description = "1 when it names the changed directive itself", example = "1") int depth) {
    }
}
