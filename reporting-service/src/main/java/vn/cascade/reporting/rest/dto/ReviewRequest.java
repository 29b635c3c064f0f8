package vn.cascade.reporting.rest.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Submitting, accepting or returning a report: the version read, and for a review a comment. */
@Schema(name = "ReportTransition")
public record ReviewRequest(
        @Schema(description = "The version read", example = "1") @NotNull Long version,
        @Schema(description = "The reviewer's comment; required when returning",
                example = "Đề nghị bổ sung số liệu kết nạp đảng viên quý I") @Size(max = 4000) String comment) {
}
