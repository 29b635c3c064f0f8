package vn.cascade.plan.rest.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.plan.domain.TaskStatus;

@Schema(name = "TaskProgressRequest")
public record TaskProgressRequest(
        @NotNull TaskStatus status,
        @Schema(example = "60") @NotNull @Min(0) @Max(100) Integer percent,
        @Schema(example = "Đã tổ chức quán triệt đến 100% chi bộ") @Size(max = 5000) String note,
        @Schema(description = "The task's version last read; when given, a stale one gets 409 stale-version", example = "2")
        @Min(0) Long version) {
}
