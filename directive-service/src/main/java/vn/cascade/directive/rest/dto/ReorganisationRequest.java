package vn.cascade.directive.rest.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.common.events.OrganizationKind;
import vn.cascade.common.events.OrganizationLevel;

/** A reorganisation of many organisations on one date, applied as one transaction. */
@Schema(name = "ReorganisationRequest", description = "Dissolutions of a level into the parents, then mergers, all "
        + "effective on one date; all or nothing")
public record ReorganisationRequest(
        @Schema(description = "The day every step takes effect; today or earlier", example = "2025-07-01")
        @NotNull
        LocalDate effectiveDate,
        @Schema(description = "Mergers, applied after the dissolutions, in this order")
        @Size(max = 500)
        List<@NotNull @Valid MergerStep> mergers,
        @Schema(description = "Dissolutions of whole levels into their parents, applied first, in this order")
        @Size(max = 50)
        List<@NotNull @Valid DissolutionStep> dissolutions) {

    @Schema(name = "ReorganisationMerger", description = "These organisations merge into an existing one "
            + "(successorCode) or a new one (newSuccessor)")
    public record MergerStep(
            @Schema(example = "[\"TU-QUANGBINH\", \"TU-QUANGTRI\"]")
            @NotEmpty @Size(max = 200)
            List<@NotBlank String> predecessorCodes,
            @Schema(description = "An existing, active organisation that takes over")
            @Size(max = 50)
            String successorCode,
            @Schema(description = "A new organisation that takes over (at least two predecessors)")
            @Valid
            CreateOrganizationRequest newSuccessor,
            @Schema(description = "Where the successor sits, as the source words it (informative)",
                    example = "tỉnh Quảng Bình hiện nay")
            @Size(max = 300)
            String seat,
            @Schema(description = "Symbol of the decision establishing the successor, where known", example = "321-QĐ/TW")
            @Size(max = 100)
            String decision,
            @Schema(description = "Ids of the sources the step rests on (informative)")
            @Size(max = 20)
            List<@Size(max = 100) String> sources) {
    }

    @Schema(name = "ReorganisationDissolution", description = "Every active organisation of this level and kind directly "
            + "under one of the parents is dissolved into its parent: its own bodies at its level (advisory commissions, "
            + "government bodies, mass organisations) cease without successor, everything else moves to the parent, "
            + "and it gets the parent as MERGER successor")
    public record DissolutionStep(
            @Schema(description = "The parents whose children of that level are dissolved; codes not registered here "
                    + "are skipped", example = "[\"TU-QUANGTRI\"]")
            @NotEmpty @Size(max = 1000)
            List<@NotBlank String> parentCodes,
            @Schema(example = "DISTRICT")
            @NotNull
            OrganizationLevel level,
            @Schema(example = "PARTY_COMMITTEE")
            @NotNull
            OrganizationKind kind,
            @Schema(description = "Organisations of that level and kind that stay (e.g. a committee above grassroots "
                    + "of an agency)")
            @Size(max = 1000)
            List<@NotBlank String> exceptCodes) {
    }
}
