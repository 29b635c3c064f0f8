package vn.cascade.directive.rest.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Split one organisation into several (chia tách): every active child of it goes to exactly one successor. */
@Schema(name = "SplitRequest", description = "Split this organisation into those, effective on a date")
public record SplitRequest(
        @Schema(description = "The organisation that ceases and is split", example = "DU-KHOI-DOANHNGHIEP")
        @NotBlank
        String predecessorCode,
        @Schema(description = "The day the split takes effect: the predecessor's validTo; today or earlier",
                example = "2025-07-01")
        @NotNull
        LocalDate effectiveDate,
        @Schema(description = "At least two successors, each existing or new, with the children it takes over")
        @NotNull @Size(min = 2, max = 50)
        List<@NotNull @Valid Share> successors) {

    /** One successor of a split and the predecessor's children it takes over. Give either code or organization. */
    @Schema(name = "SplitShare")
    public record Share(
            @Schema(description = "An existing, active organisation", example = "DU-KHOI-CQ")
            String code,
            @Schema(description = "A new organisation; its validFrom is the effective date; without parentCode it sits "
                    + "where the predecessor sat")
            @Valid
            CreateOrganizationRequest organization,
            @Schema(description = "Codes of the predecessor's active children that move under this successor",
                    example = "[\"DU-CTY-DIEN\"]")
            @Size(max = 10_000)
            List<@NotBlank String> childCodes) {

        public List<String> childCodesOrEmpty() {
            return childCodes == null ? List.of() : childCodes;
        }
    }
}
