package vn.cascade.reporting.notification.rest.dto;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.reporting.notification.domain.AudienceRole;

@Schema(name = "Contact", description = "An address that receives the notification mail of one role of the "
        + "organisation: a person's or a shared mailbox")
public record ContactEntry(
        @Schema(description = "Whose mail it receives") @NotNull AudienceRole role,
        @Schema(example = "vanphong@vinhlinh.quangtri.dcs.vn") @NotBlank @Email @Size(max = 254) String email,
        @Schema(description = "Whom it reaches; for the administrators' eyes", example = "Văn phòng Huyện ủy")
        @Size(max = 200) @Pattern(regexp = "[^\\x00-\\x1F\\x7F]*", message = "must not hold control characters")
        String name,
        @Schema(description = "Language of the mail: vi (default) or en", example = "vi", defaultValue = "vi")
        @Pattern(regexp = "vi|en", message = "must be vi or en") String language) {
}
