package vn.cascade.directive.rest.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Continue an organisation under a new identity (đổi tên): a new code, name or level from a date. */
@Schema(name = "RenamingRequest", description = "Rename this organisation: a new identity continues the old one")
public record RenamingRequest(
        @Schema(description = "The organisation that ceases under its old identity", example = "HU-VINHLINH")
        @NotBlank
        String predecessorCode,
        @Schema(description = "The day the new identity takes over: the predecessor's validTo; today or earlier",
                example = "2025-07-01")
        @NotNull
        LocalDate effectiveDate,
        @Schema(description = "The new identity: a new code; its validFrom is the effective date; without parentCode "
                + "it sits where the predecessor sat. The predecessor's active children move under it")
        @NotNull @Valid
        CreateOrganizationRequest successor) {
}
