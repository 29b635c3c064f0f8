package vn.cascade.directive.rest.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Merge organisations into one (sáp nhập into an existing one, hợp nhất into a new one). Give either
 * {@code successorCode} or {@code newSuccessor}.
 */
@Schema(name = "MergerRequest", description = "Merge these organisations into that one, effective on a date")
public record MergerRequest(
        @Schema(description = "The organisations that cease and are merged", example = "[\"HU-GIOLINH\", \"HU-CAMLO\"]")
        @NotEmpty @Size(max = 200)
        List<@NotBlank String> predecessorCodes,
        @Schema(description = "The day the merger takes effect: the predecessors' validTo; today or earlier",
                example = "2025-07-01")
        @NotNull
        LocalDate effectiveDate,
        @Schema(description = "An existing, active organisation that takes over (at the predecessors' level or above: "
                + "a dissolved district taken over by its province)", example = "HU-VINHLINH")
        String successorCode,
        @Schema(description = "A new organisation that takes over (at least two predecessors). Its validFrom is the "
                + "effective date; without parentCode it sits where the predecessors sat")
        @Valid
        CreateOrganizationRequest newSuccessor) {
}
