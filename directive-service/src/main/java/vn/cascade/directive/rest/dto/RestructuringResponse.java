package vn.cascade.directive.rest.dto;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.directive.domain.RestructuringKind;

@Schema(name = "Restructuring", description = "What a restructuring did")
public record RestructuringResponse(
        RestructuringKind kind,
        @Schema(example = "2025-07-01") LocalDate effectiveDate,
        @Schema(description = "The organisations that ceased (for a move: none)") List<OrganizationResponse> predecessors,
        @Schema(description = "The organisations that took over (for a move: none)") List<OrganizationResponse> successors,
        @Schema(description = "The organisations that changed parent (the predecessors' children, or the moved one)")
        List<OrganizationResponse> moved,
        @Schema(description = "Organisations whose snapshot was published: all of the above and every descendant "
                + "whose path changed", example = "57")
        int snapshotsPublished) {
}
