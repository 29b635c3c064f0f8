package vn.cascade.reporting.notification.rest.dto;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.reporting.notification.domain.Delivery;

@Schema(name = "NotificationPreferencesUpdate", description = "The caller's whole choice, replacing the one read")
public record PreferencesRequest(
        @Schema(description = "The version read; 0 the first time", example = "0") @NotNull Long version,
        @Schema(description = "Whether the inbox (list, unread count, stream) shows the caller anything; off hides, "
                + "deletes nothing", example = "true") @NotNull Boolean inbox,
        @Schema(description = "Whether the caller is mailed at its own address", example = "true") @NotNull Boolean mail,
        @Schema(description = "The caller's address; required when mail is on",
                example = "nguyen.van.a@vinhlinh.quangtri.dcs.vn") @Email @Size(max = 254) String email,
        @Schema(description = "Language of the mail: vi (default) or en", example = "vi", defaultValue = "vi")
        @Pattern(regexp = "vi|en", message = "must be vi or en") String language,
        @Schema(description = "At once, or one digest a day (default IMMEDIATE)", defaultValue = "IMMEDIATE")
        Delivery delivery) {
}
