package vn.cascade.directive.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Move an organisation with its subtree under another parent from a date (chuyển trực thuộc). */
@Schema(name = "MoveRequest", description = "Move this organisation under that one, effective on a date")
public record MoveRequest(
        @Schema(description = "The organisation that moves with its subtree", example = "DU-XA-VINHTHACH")
        @NotBlank
        String code,
        @Schema(description = "Its new parent: active, not below it, at its level or above", example = "TU-QUANGTRI")
        @NotBlank
        String newParentCode,
        @Schema(description = "The day it sits under the new parent; today or earlier", example = "2025-07-01")
        @NotNull
        LocalDate effectiveDate,
        @Schema(description = "The version of the moving organisation last read; when given, a stale one gets 409",
                example = "3")
        Long version) {
}
