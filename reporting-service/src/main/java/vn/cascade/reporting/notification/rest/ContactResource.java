package vn.cascade.reporting.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cascade.common.security.Roles;
import vn.cascade.reporting.notification.rest.dto.ContactListRequest;
import vn.cascade.reporting.notification.rest.dto.ContactListResponse;
import vn.cascade.reporting.notification.service.ContactRegistry;

@Path("/api/v1/organizations/{code}/contacts")
@Tag(name = "Notification contacts", description = "Where an organisation wants the notification mail of each of its "
        + "roles to go; kept by an administrator or the organisation's own issuer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ISSUER})
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Neither an administrator nor an issuer of this organisation")
@APIResponse(responseCode = "404", description = "No such organisation")
public class ContactResource {

    private final ContactRegistry registry;

    ContactResource(ContactRegistry registry) {
        this.registry = registry;
    }

    @GET
    @Operation(operationId = "getOrganizationContacts", summary = "The organisation's mail contacts (version 0 and none "
            + "when it has no list yet)",
            description = "Where the organisation wants the mail of each role to go, with each address's language; "
                    + "the version to send back when replacing the list.")
    @APIResponse(responseCode = "200", description = "The list",
            content = @Content(schema = @Schema(implementation = ContactListResponse.class)))
    public ContactListResponse get(
            @Parameter(description = "Organisation code", example = "HU-VINHLINH") @PathParam("code") String code) {
        return NotificationMapper.toResponse(registry.get(code));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceOrganizationContacts", summary = "Replace the organisation's mail contacts",
            description = "The whole list at once, at the version read (0 for the first list): a stale one is 409 and "
                    + "changes nothing. Notification mail goes to the new addresses from then on.")
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(schema = @Schema(implementation = ContactListResponse.class)))
    @APIResponse(responseCode = "400", description = "An invalid address, role or language, or an address listed twice")
    @APIResponse(responseCode = "409", description = "Stale version")
    public ContactListResponse replace(
            @Parameter(description = "Organisation code", example = "HU-VINHLINH") @PathParam("code") String code,
            @NotNull @Valid ContactListRequest request) {
        return NotificationMapper.toResponse(registry.replace(code, request.version(),
                NotificationMapper.toEntries(request.contacts())));
    }
}
