package vn.cascade.directive.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cascade.common.problem.Problem;
import vn.cascade.common.security.Roles;
import vn.cascade.directive.service.OrganizationService;

@Path("/api/v1/organizations")
@Tag(name = "Organizations", description = "The party organisation hierarchy")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The caller's roles do not allow this",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class OrganizationResource {

    private final OrganizationService service;

    OrganizationResource(OrganizationService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createOrganization", summary = "Register an organisation (admin)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = OrganizationResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The code is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull @Valid CreateOrganizationRequest request, UriInfo uri) {
        OrganizationResponse created = OrganizationResponse.from(service.create(request));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.ISSUER, Roles.REPORTER, Roles.REVIEWER, Roles.READER})
    @Operation(operationId = "getOrganization", summary = "An organisation by id")
    @APIResponse(responseCode = "200", description = "Found",
            content = @Content(schema = @Schema(implementation = OrganizationResponse.class)))
    @APIResponse(responseCode = "404", description = "No such organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OrganizationResponse get(@PathParam("id") UUID id) {
        return OrganizationResponse.from(service.get(id));
    }

    @GET
    @Path("/by-code/{code}")
    @RolesAllowed({Roles.ADMIN, Roles.ISSUER, Roles.REPORTER, Roles.REVIEWER, Roles.READER})
    @Operation(operationId = "getOrganizationByCode", summary = "An organisation by its stable code")
    @APIResponse(responseCode = "200", description = "Found",
            content = @Content(schema = @Schema(implementation = OrganizationResponse.class)))
    @APIResponse(responseCode = "404", description = "No such organisation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OrganizationResponse getByCode(@PathParam("code") String code) {
        return OrganizationResponse.from(service.getByCode(code));
    }
}
