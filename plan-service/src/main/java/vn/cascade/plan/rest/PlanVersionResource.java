package vn.cascade.plan.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cascade.common.security.Roles;
import vn.cascade.plan.rest.dto.PlanDiffResponse;
import vn.cascade.plan.rest.dto.PlanVersionResponse;
import vn.cascade.plan.rest.mapping.PlanVersionMapper;
import vn.cascade.plan.service.PlanVersions;

/** Every version of a plan kept whole, and what changed between two (issue 19). Read where the plan is read. */
@Path("/api/v1/plans/{id}/versions")
@Tag(name = "Plans", description = "Implementation plans and action programmes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ISSUER, Roles.REPORTER, Roles.REVIEWER, Roles.READER})
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The caller's role or organisation does not allow this")
public class PlanVersionResource {

    private final PlanVersions versions;

    PlanVersionResource(PlanVersions versions) {
        this.versions = versions;
    }

    @GET
    @Operation(operationId = "listPlanVersions", summary = "The versions of a plan, oldest first",
            description = "One per lifecycle change of the issued plan (issue, amendment in place or by a later plan, "
                    + "completion, replacement, revocation): its number, status, reason, when and by whom. A draft "
                    + "has none. GET …/versions/{n} gives one whole.")
    @APIResponse(responseCode = "200", description = "Oldest first, without content",
            content = @Content(schema = @Schema(implementation = PlanVersionResponse.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such plan visible to the caller")
    public List<PlanVersionResponse> list(@PathParam("id") UUID id) {
        return versions.versions(id).stream().map(PlanVersionMapper::toSummary).toList();
    }

    @GET
    @Path("/{n}")
    @Operation(operationId = "getPlanVersion", summary = "One version of a plan, whole",
            description = "Everything its issuer wrote as that version stood: purposes, requirements, implementation, "
                    + "targets, tasks with their full text, units and timeframes, reporting requirements, recipients, "
                    + "signer. Versions kept before full history are rebuilt from the event summary (whole: false).")
    @APIResponse(responseCode = "200", description = "The version",
            content = @Content(schema = @Schema(implementation = PlanVersionResponse.class)))
    @APIResponse(responseCode = "400", description = "n is not a number")
    @APIResponse(responseCode = "404", description = "No such plan visible to the caller, or no such version")
    public PlanVersionResponse get(@PathParam("id") UUID id,
            @Parameter(description = "The version number, as listed", example = "2") @PathParam("n") long n) {
        return PlanVersionMapper.toResponse(versions.version(id, n));
    }

    @GET
    @Path("/{n}/diff")
    @Operation(operationId = "diffPlanVersions", summary = "What changed from one version of a plan to another",
            description = "From version `against` (by default the version before n) to version n: the plain fields "
                    + "that differ with both values, and the targets and tasks added, removed or changed (with the "
                    + "names of the fields that differ). `against` may be later than n: the changes then read backwards.")
    @APIResponse(responseCode = "200", description = "The changes; identical when there are none",
            content = @Content(schema = @Schema(implementation = PlanDiffResponse.class)))
    @APIResponse(responseCode = "400", description = "n or against is not a number")
    @APIResponse(responseCode = "404", description = "No such plan visible to the caller, or no such version")
    public PlanDiffResponse diff(@PathParam("id") UUID id,
            @Parameter(description = "The version whose changes are shown", example = "2") @PathParam("n") long n,
            @Parameter(description = "The version compared with; the one before n when absent", example = "1")
            @QueryParam("against") Long against) {
        return PlanVersionMapper.toResponse(versions.diff(id, n, against));
    }
}
