package vn.cascade.reporting.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import vn.cascade.common.idempotency.Idempotent;
import vn.cascade.common.problem.ProblemException;
import vn.cascade.common.security.Roles;
import vn.cascade.reporting.rest.dto.ReportRequest;
import vn.cascade.reporting.rest.dto.ReportResponse;
import vn.cascade.reporting.rest.dto.ReviewRequest;
import vn.cascade.reporting.rest.mapping.ReportMapper;
import vn.cascade.reporting.service.ReportService;

@Path("/api/v1/reports")
@Tag(name = "Reports", description = "Periodic reports: drafted and submitted by the reporter, accepted or returned by the recipient")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.REPORTER)
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The caller's role or organisation does not allow this")
public class ReportResource {

    private final ReportService service;

    ReportResource(ReportService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(operationId = "draftReport", summary = "Draft the report answering an obligation of the caller's organisation",
            description = "Reporters draft for their own organisation: indicator values (codes of the catalogue; rates "
                    + "are computed, never reported), task progress and the narrative. A retry with the same "
                    + "Idempotency-Key gets the first answer again.")
    @APIResponse(responseCode = "201", description = "Drafted",
            content = @Content(schema = @Schema(implementation = ReportResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid content")
    @APIResponse(responseCode = "404", description = "No such obligation visible to the caller")
    @APIResponse(responseCode = "409", description = "The obligation already has a report, or was cancelled")
    public Response draft(@NotNull @Valid ReportRequest request, UriInfo uri,
            @HeaderParam(Idempotent.HEADER) String idempotencyKey) {
        if (request.obligationId() == null) {
            throw ProblemException.invalid("obligationId", "name the obligation the report answers");
        }
        ReportResponse drafted = ReportMapper.toResponse(service.draft(request.obligationId(),
                ReportMapper.toContent(request)));
        return Response.created(uri.getAbsolutePathBuilder().path(drafted.id().toString()).build())
                .entity(drafted).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.REPORTER, Roles.REVIEWER, Roles.READER})
    @Operation(operationId = "getReport", summary = "A report of the caller's organisation, or a submitted one addressed to it",
            description = "The ETag answers If-None-Match with 304 while the report is unchanged, and may be sent as "
                    + "If-Match to change, submit or review it.")
    @APIResponse(responseCode = "200", description = "Found",
            content = @Content(schema = @Schema(implementation = ReportResponse.class)))
    @APIResponse(responseCode = "404", description = "No such report visible to the caller")
    public ReportResponse get(@PathParam("id") UUID id) {
        return ReportMapper.toResponse(service.get(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateReport", summary = "Change a draft or a returned report",
            description = "At the version read, in the body or as If-Match: a stale one is 409, or 412 with If-Match, "
                    + "and changes nothing. The response carries the new ETag.")
    @APIResponse(responseCode = "200", description = "Changed",
            content = @Content(schema = @Schema(implementation = ReportResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid content")
    @APIResponse(responseCode = "404", description = "No such report")
    @APIResponse(responseCode = "409", description = "Stale version, or the report is with the reviewer")
    public ReportResponse update(@PathParam("id") UUID id, @NotNull @Valid ReportRequest request) {
        if (request.version() == null) {
            throw ProblemException.invalid("version", "send the version you read");
        }
        return ReportMapper.toResponse(service.update(id, request.version(), ReportMapper.toContent(request)));
    }

    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(operationId = "submitReport", summary = "Send a draft or returned report to the recipient; "
            + "announces vn.cascade.report.submitted.v1",
            description = "At the version read (body or If-Match). The recipient's reviewers are told through the "
                    + "event; the obligation becomes SUBMITTED. The response carries the new ETag.")
    @APIResponse(responseCode = "200", description = "Submitted",
            content = @Content(schema = @Schema(implementation = ReportResponse.class)))
    @APIResponse(responseCode = "400", description = "No version, or the results are missing")
    @APIResponse(responseCode = "404", description = "No such report")
    @APIResponse(responseCode = "409", description = "Stale version, already submitted, or the obligation was cancelled")
    public ReportResponse submit(@PathParam("id") UUID id, @NotNull @Valid ReviewRequest request,
            @HeaderParam(Idempotent.HEADER) String idempotencyKey) {
        return ReportMapper.toResponse(service.submit(id, request.version()));
    }

    @POST
    @Path("/{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    @Idempotent
    @Operation(operationId = "acceptReport", summary = "Accept a submitted report addressed to the caller's organisation; "
            + "announces vn.cascade.report.accepted.v1 with the task progress",
            description = "Reviewers of the recipient, at the version read (body or If-Match). Accepted figures count "
                    + "in roll-ups; plan-service records the task progress from the event. The response carries the new ETag.")
    @APIResponse(responseCode = "200", description = "Accepted",
            content = @Content(schema = @Schema(implementation = ReportResponse.class)))
    @APIResponse(responseCode = "400", description = "No version")
    @APIResponse(responseCode = "404", description = "No such report")
    @APIResponse(responseCode = "409", description = "Stale version or not submitted")
    public ReportResponse accept(@PathParam("id") UUID id, @NotNull @Valid ReviewRequest request,
            @HeaderParam(Idempotent.HEADER) String idempotencyKey) {
        return ReportMapper.toResponse(service.accept(id, request.version(), request.comment()));
    }

    @POST
    @Path("/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.REVIEWER)
    @Idempotent
    @Operation(operationId = "returnReport", summary = "Return a submitted report with comments for correction; "
            + "announces vn.cascade.report.returned.v1",
            description = "Reviewers of the recipient, at the version read (body or If-Match), with comments; the "
                    + "reporter changes the report and submits it again. The response carries the new ETag.")
    @APIResponse(responseCode = "200", description = "Returned",
            content = @Content(schema = @Schema(implementation = ReportResponse.class)))
    @APIResponse(responseCode = "400", description = "No version or no comment")
    @APIResponse(responseCode = "404", description = "No such report")
    @APIResponse(responseCode = "409", description = "Stale version or not submitted")
    public ReportResponse giveBack(@PathParam("id") UUID id, @NotNull @Valid ReviewRequest request,
            @HeaderParam(Idempotent.HEADER) String idempotencyKey) {
        return ReportMapper.toResponse(service.giveBack(id, request.version(), request.comment()));
    }
}
