package vn.cascade.plan.rest.dto;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.common.events.OrganizationLevel;

/** Coverage and lag of a directive per level of the hierarchy, across the country or a subtree. */
@Schema(name = "LevelCoverage")
public record LevelCoverageResponse(
        UUID directiveId,
        @Schema(example = "21-NQ/TW") String directiveSymbol,
        @Schema(example = "2022-06-16") LocalDate directiveIssueDate,
        @Schema(description = "The subtree counted; null for the whole country", example = "TU-QUANGTRI")
        String scopeOrganizationCode,
        @Schema(description = "The day lateness is judged on") LocalDate asOf,
        @Schema(description = "One row per level with an organisation counted, from the centre down") List<Row> levels,
        @Schema(description = "All levels together") Row total) {

    @Schema(name = "LevelCoverageRow")
    public record Row(
            @Schema(description = "Null in the total") OrganizationLevel level,
            @Schema(description = "Organisations asked for a plan by an upper plan answering the directive, and those "
                    + "that answered unasked", example = "12") int expected,
            @Schema(description = "Issued a plan of their own implementing the directive", example = "10") int answered,
            @Schema(description = "Answered after the deadline the upper plan set", example = "2") int answeredLate,
            @Schema(description = "Asked and not answered yet", example = "2") int owing,
            @Schema(description = "Not answered, and the deadline has passed", example = "1") int owingLate,
            @Schema(description = "answeredLate + owingLate", example = "3") int late,
            @Schema(description = "Median days from the upper document's issue (the plan that asked, or the "
                    + "directive) to the answer; null when none answered", example = "45.5") Double medianLagDays,
            @Schema(description = "90th percentile (nearest rank) of the same", example = "120") Long p90LagDays) {
    }
}
