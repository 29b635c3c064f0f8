package vn.cascade.plan.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cascade.common.security.Roles;
import vn.cascade.plan.rest.dto.CascadeResponse;
import vn.cascade.plan.rest.dto.CoverageResponse;
import vn.cascade.plan.rest.mapping.CascadeMapper;
import vn.cascade.plan.service.CascadeService;

@Path("/api/v1/cascade")
@Tag(name = "Cascade", description = "How a directive travels down the hierarchy")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ISSUER, Roles.REPORTER, Roles.REVIEWER, Roles.READER})
@APIResponse(responseCode = "400", description = "Not a directive symbol")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The caller's role does not allow this, or the organisation asked about lies outside the caller's subtree")
@APIResponse(responseCode = "404", description = "No such directive or organisation")
@APIResponse(responseCode = "409", description = "Several directives share the symbol: give the year")
public class CascadeResource {

    private final CascadeService service;

    CascadeResource(CascadeService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "getCascade", summary = "The plans answering a directive, level by level",
            description = "Every issued plan that implements the directive, arranged as the cascade: the plans "
                    + "answering the directive itself at the top, and under each plan the plans based on it, down to "
                    + "the districts. Drafts and revoked plans are not part of it.")
    @APIResponse(responseCode = "200", description = "The tree", content = @Content(schema = @Schema(implementation = CascadeResponse.class)))
    public CascadeResponse tree(
            @Parameter(description = "Symbol of the directive, spelling tolerated", example = "21-NQ/TW")
            @QueryParam("directive") @NotBlank String directive,
            @Parameter(description = "Year of issue, when the number was reused", example = "2022")
            @QueryParam("year") Integer year) {
        return CascadeMapper.toResponse(service.tree(directive, year));
    }

    @GET
    @Path("/coverage")
    @Operation(operationId = "getCascadeCoverage",
            summary = "Which subordinates of an organisation have answered a directive with a plan, and which still owe one",
            description = "For the organisation (default the caller's own): its "
                    + "direct subordinates that issued a plan implementing the directive, with the plan, and those "
                    + "that still owe one.")
    @APIResponse(responseCode = "200", description = "Answered and owing", content = @Content(schema = @Schema(implementation = CoverageResponse.class)))
    public CoverageResponse coverage(
            @Parameter(description = "Symbol of the directive, spelling tolerated", example = "21-NQ/TW")
            @QueryParam("directive") @NotBlank String directive,
            @Parameter(description = "Year of issue, when the number was reused", example = "2022")
            @QueryParam("year") Integer year,
            @Parameter(description = "Defaults to the caller's organisation", example = "TU-QUANGTRI")
            @QueryParam("organization") String organization) {
        return CascadeMapper.toResponse(service.coverage(directive, year, organization));
    }
}
