package vn.cascade.directive.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.common.events.OrganizationKind;
import vn.cascade.common.events.OrganizationLevel;

@Schema(name = "CreateOrganizationRequest")
public record CreateOrganizationRequest(
        @Schema(description = "Stable code, unique", example = "TU-QUANGTRI")
        @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "letters, digits, '.', '_' and '-' only")
        String code,
        @Schema(example = "Tỉnh ủy Quảng Trị")
        @NotBlank @Size(max = 300)
        String name,
        @Schema(example = "TU Quảng Trị")
        @Size(max = 100)
        String shortName,
        @Schema(example = "PROVINCIAL")
        @NotNull
        OrganizationLevel level,
        @Schema(description = "Defaults to PARTY_CELL for level CELL, PARTY_COMMITTEE otherwise", example = "PARTY_COMMITTEE")
        OrganizationKind kind,
        @Schema(description = "Code of the parent organisation; none for a root", example = "BCHTW")
        String parentCode,
        @Schema(example = "68500")
        @PositiveOrZero
        Integer memberCount,
        @Schema(description = "The date memberCount refers to", example = "2022-12-31")
        LocalDate memberCountAsOf,
        @Schema(description = "First day the organisation exists; defaults to today", example = "1930-02-03")
        LocalDate validFrom) {
}
