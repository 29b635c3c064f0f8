package vn.cascade.reporting.notification.rest.dto;

import vn.cascade.common.rest.Versioned;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ContactList", description = "Where the notification mail of an organisation's roles goes")
public record ContactListResponse(
        @Schema(example = "HU-VINHLINH") String organizationCode,
        @Schema(description = "Replacements so far; send it back to replace the list", example = "1") long version,
        List<ContactEntry> contacts,
        OffsetDateTime updatedAt,
        String updatedBy) implements Versioned {
}
