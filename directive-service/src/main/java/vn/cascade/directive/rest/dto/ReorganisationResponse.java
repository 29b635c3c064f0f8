package vn.cascade.directive.rest.dto;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Reorganisation", description = "What a reorganisation did")
public record ReorganisationResponse(
        @Schema(example = "2025-07-01") LocalDate effectiveDate,
        @Schema(description = "Codes of the merged organisations that ceased") List<String> ceased,
        @Schema(description = "Codes of the organisations that took over from them") List<String> successors,
        @Schema(description = "Codes of the organisations dissolved into their parents") List<String> dissolved,
        @Schema(description = "Codes of the dissolved committees' own bodies, which ceased without successor")
        List<String> ceasedWithoutSuccessor,
        @Schema(description = "Organisations that changed parent", example = "118") int moved,
        @Schema(description = "Snapshots published", example = "240") int snapshotsPublished) {
}
