package vn.cascade.directive.rest.dto;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeactivateOrganizationRequest")
public record DeactivateOrganizationRequest(
        @Schema(description = "The day the organisation ceases to exist (kết thúc hoạt động); today or earlier",
                example = "2025-07-01")
        @NotNull
        LocalDate effectiveDate,
        @Schema(description = "The version last read; when given, a stale one gets 409 stale-version", example = "4")
        Long version) {
}
