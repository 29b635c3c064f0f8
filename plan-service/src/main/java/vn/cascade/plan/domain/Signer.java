package vn.cascade.plan.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Signer")
public record Signer(
        @Schema(description = "On behalf of (T/M)", example = "T/M BAN THƯỜNG VỤ") String onBehalfOf,
        @Schema(example = "Bí thư") String position,
        @Schema(example = "Trần Nhật Quang") String name) {
}
