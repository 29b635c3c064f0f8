package vn.cascade.reporting.notification.rest.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContactListUpdate", description = "The organisation's whole contact list, replacing the one read")
public record ContactListRequest(
        @Schema(description = "The version read; 0 when the organisation has no list yet", example = "0")
        @NotNull Long version,
        @Schema(description = "Every address, at most 100") @NotNull @Size(max = 100)
        List<@NotNull @Valid ContactEntry> contacts) {
}
