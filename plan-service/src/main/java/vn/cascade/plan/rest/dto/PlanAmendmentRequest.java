package vn.cascade.plan.rest.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PlanAmendmentRequest")
public record PlanAmendmentRequest(
        @Schema(example = "Điều chỉnh chỉ tiêu kết nạp đảng viên năm 2024") @NotBlank @Size(max = 2000) String reason,
        @Schema(description = "The whole amended content, with the version read before changing") @NotNull @Valid PlanRequest content) {
}
