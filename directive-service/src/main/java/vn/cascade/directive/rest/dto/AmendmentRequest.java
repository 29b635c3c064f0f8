package vn.cascade.directive.rest.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AmendmentRequest")
public record AmendmentRequest(
        @Schema(description = "What the amendment changes and why", example = "Bổ sung chỉ tiêu kết nạp đảng viên năm 2024")
        @NotBlank @Size(max = 2000)
        String reason,
        @Schema(description = "The whole amended content, with the version read before changing")
        @NotNull @Valid
        DirectiveRequest content) {
}
