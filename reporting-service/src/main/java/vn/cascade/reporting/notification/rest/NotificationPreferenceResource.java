package vn.cascade.reporting.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cascade.common.i18n.Language;
import vn.cascade.common.security.Roles;
import vn.cascade.reporting.notification.domain.Delivery;
import vn.cascade.reporting.notification.domain.NotificationPreference;
import vn.cascade.reporting.notification.rest.dto.PreferencesRequest;
import vn.cascade.reporting.notification.rest.dto.PreferencesResponse;
import vn.cascade.reporting.notification.service.NotificationPreferences;

@Path("/api/v1/notifications/preferences")
@Tag(name = "Notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ISSUER, Roles.REPORTER, Roles.REVIEWER})
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The caller's role does not allow this, or its token names no organisation")
public class NotificationPreferenceResource {

    private final NotificationPreferences preferences;

    NotificationPreferenceResource(NotificationPreferences preferences) {
        this.preferences = preferences;
    }

    @GET
    @Operation(operationId = "getNotificationPreferences", summary = "The caller's own notification preferences",
            description = "Each user's own: the inbox on or off, mail at its own address on or off, at once or in a "
                    + "daily digest. The defaults at version 0 when it never saved any.")
    @APIResponse(responseCode = "200", description = "The preferences",
            content = @Content(schema = @Schema(implementation = PreferencesResponse.class)))
    public PreferencesResponse get() {
        return toResponse(preferences.mine());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceNotificationPreferences", summary = "Replace the caller's notification preferences",
            description = "The whole choice at the version read (0 the first time): a stale one is 409 and changes "
                    + "nothing. Mail then follows what is addressed to the caller's organisation and roles as its "
                    + "token names them now; saving again after a change of role takes the new ones. A daily digest "
                    + "goes at cascade.notifications.mail.digest-at (07:00, Vietnam time).")
    @APIResponse(responseCode = "200", description = "Saved",
            content = @Content(schema = @Schema(implementation = PreferencesResponse.class)))
    @APIResponse(responseCode = "400", description = "A missing field, an invalid address or language, or mail on "
            + "without an address")
    @APIResponse(responseCode = "409", description = "Stale version")
    public PreferencesResponse replace(@NotNull @Valid PreferencesRequest request) {
        return toResponse(preferences.save(request.version(), new NotificationPreferences.Choice(request.inbox(),
                request.mail(), request.email(),
                request.language() == null ? Language.DEFAULT : Language.of(request.language()),
                request.delivery() == null ? Delivery.IMMEDIATE : request.delivery())));
    }

    private static PreferencesResponse toResponse(NotificationPreference p) {
        return new PreferencesResponse(p.version, p.inbox, p.mail, p.email, p.language, p.delivery,
                p.organizationCode, p.audienceRoles(), p.updatedAt);
    }
}
