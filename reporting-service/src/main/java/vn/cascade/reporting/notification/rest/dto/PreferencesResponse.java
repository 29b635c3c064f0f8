package vn.cascade.reporting.notification.rest.dto;

import java.time.OffsetDateTime;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.reporting.notification.domain.AudienceRole;
import vn.cascade.reporting.notification.domain.Delivery;

@Schema(name = "NotificationPreferences", description = "The caller's notification preferences; the defaults "
        + "(inbox on, no mail of its own) at version 0 when it never saved any")
public record PreferencesResponse(
        @Schema(example = "1") long version,
        @Schema(example = "true") boolean inbox,
        @Schema(example = "true") boolean mail,
        @Schema(example = "nguyen.van.a@vinhlinh.quangtri.dcs.vn") String email,
        @Schema(example = "vi") String language,
        Delivery delivery,
        @Schema(description = "The organisation whose notifications the mail follows (the token's, when saved)",
                example = "HU-VINHLINH") String organizationCode,
        @Schema(description = "The roles whose notifications the mail follows (the token's, when saved)")
        Set<AudienceRole> roles,
        OffsetDateTime updatedAt) {
}
