package vn.cascade.common.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StatusChangeRequest")
public record StatusChangeRequest(
        @Schema(description = "Version read before changing", example = "0") @NotNull Long version,
        @Schema(description = "Why (required to revoke; a note when completing)", example = "Được thay thế bởi văn bản mới") @Size(max = 2000) String reason) {
}
