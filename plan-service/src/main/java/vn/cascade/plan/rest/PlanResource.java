package vn.cascade.plan.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cascade.common.idempotency.Idempotent;
import vn.cascade.common.rest.PageRequest;
import vn.cascade.common.rest.PageResponse;
import vn.cascade.common.rest.StatusChangeRequest;
import vn.cascade.common.security.Roles;
import vn.cascade.plan.domain.PlanStatus;
import vn.cascade.plan.rest.dto.AllocationResponse;
import vn.cascade.plan.rest.dto.DependentResponse;
import vn.cascade.plan.rest.dto.PlanAmendmentRequest;
import vn.cascade.plan.rest.dto.PlanPage;
import vn.cascade.plan.rest.dto.PlanRequest;
import vn.cascade.plan.rest.dto.PlanResponse;
import vn.cascade.plan.rest.dto.PlanRevisionResponse;
import vn.cascade.plan.rest.mapping.PlanMapper;
import vn.cascade.plan.rest.mapping.PlanRevisionMapper;
import vn.cascade.plan.service.PlanQueries;
import vn.cascade.plan.service.PlanService;

@Path("/api/v1/plans")
@Tag(name = "Plans", description = "Implementation plans and action programmes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ISSUER, Roles.REPORTER, Roles.REVIEWER, Roles.READER})
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The caller's role or organisation does not allow this")
public class PlanResource {

    private final PlanService plans;
    private final PlanQueries queries;
    private final PlanAnswers answers;

    PlanResource(PlanService plans, PlanQueries queries, PlanAnswers answers) {
        this.plans = plans;
        this.queries = queries;
        this.answers = answers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.ISSUER})
    @Idempotent
    @Operation(operationId = "draftPlan", summary = "Draft a plan for the caller's organisation",
            description = "A draft is seen only in the issuing organisation's subtree until it is issued. The directive "
                    + "it implements and the plans it is based on are named by symbol. Retried with the same "
                    + "Idempotency-Key, the first answer is repeated. The Location header names the new plan.")
    @APIResponse(responseCode = "201", description = "Drafted", content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid content")
    @APIResponse(responseCode = "409", description = "A plan with this symbol and date exists")
    @APIResponse(responseCode = "422", description = "A target names an indicator the catalogue does not know or has "
            + "retired (each listed); a target with words only and no indicatorCode is kept")
    public Response draft(@NotNull @Valid PlanRequest request, UriInfo uri,
            @HeaderParam(Idempotent.HEADER) String idempotencyKey) {
        PlanResponse drafted = PlanMapper.toResponse(plans.draft(PlanMapper.toDraft(request)));
        return Response.created(uri.getAbsolutePathBuilder().path(drafted.id().toString()).build()).entity(drafted).build();
    }

    @GET
    @Operation(operationId = "listPlans", summary = "Plans visible to the caller, newest first",
            description = "Issued plans of every organisation and the drafts of the caller's subtree, by issue date "
                    + "(newest first), then id. With updatedSince, what changed at or after that instant instead, "
                    + "revoked and completed plans included, by updatedAt then id: what an app keeps offline. Pages "
                    + "carry RFC 8288 Link headers (first, prev, next, last) beside the total.")
    @APIResponse(responseCode = "200", description = "One page", content = @Content(schema = @Schema(implementation = PlanPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter")
    public PageResponse<PlanResponse> list(
            @Parameter(description = "Only plans in this status", example = "ISSUED") @QueryParam("status") PlanStatus status,
            @Parameter(description = "Offline sync: only plans changed at or after this instant (ISO-8601 with offset), "
                    + "revoked ones included, ordered by updatedAt then id; send the greatest updatedAt already held",
                    example = "2025-01-31T08:00:00+07:00") @QueryParam("updatedSince") OffsetDateTime updatedSince,
            @Valid @BeanParam PageRequest page) {
        return PageResponse.of(queries.list(status, updatedSince, page.paging()), PlanMapper::toResponse);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPlan", summary = "A plan by id, each target beside the matching target above it",
            description = "Drafts only inside the issuer's chain (elsewhere 404). The ETag answers If-None-Match "
                    + "with 304 while the plan is unchanged, and may be sent as If-Match to change it.")
    @APIResponse(responseCode = "200", description = "Found", content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "404", description = "No such plan visible to the caller")
    public PlanResponse get(@PathParam("id") UUID id) {
        return answers.answer(id, queries.stamp(id), () -> PlanMapper.toResponse(queries.get(id)));
    }

    @GET
    @Path("/by-symbol")
    @Operation(operationId = "getPlanBySymbol", summary = "A plan by its symbol, tolerant of spelling (48-Ctr/TU)",
            description = "Case, spacing and diacritics of the symbol do not matter. Numbers are reused from year to "
                    + "year: when several visible plans share the symbol, the answer is 409 unless year is given.")
    @APIResponse(responseCode = "200", description = "Found", content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "400", description = "Not a plan symbol")
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "409", description = "Several plans share the symbol: give the year")
    public PlanResponse getBySymbol(
            @Parameter(description = "The plan's symbol, case and diacritics tolerated", example = "68-KH/HU")
            @QueryParam("symbol") @NotBlank String symbol,
            @Parameter(description = "Year of issue, when the number was reused", example = "2023")
            @QueryParam("year") Integer year) {
        return PlanMapper.toResponse(queries.bySymbol(symbol, year));
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getPlanHistory", summary = "The plan as issued and as each amendment, completion or revocation left it",
            description = "One revision per change of an issued plan, oldest first: its status, when and by whom, the "
                    + "reason given, and the plan's content as it stood after that change.")
    @APIResponse(responseCode = "200", description = "Oldest first", content = @Content(schema = @Schema(implementation = PlanRevisionResponse.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such plan")
    public List<PlanRevisionResponse> history(@PathParam("id") UUID id) {
        return queries.history(id).stream().map(PlanRevisionMapper::toResponse).toList();
    }

    @GET
    @Path("/{id}/dependents")
    @Operation(operationId = "listPlanDependents",
            summary = "The plans in force resting on this plan, directly or through others: those a change of it reaches",
            description = "A plan rests on another when it names it as its parent, as based on (căn cứ) or as "
                    + "implemented (thực hiện); amending, replacing and related links are not resting. Nearest first "
                    + "(depth 1 names this plan itself), each with the document it names on the way. Amending, "
                    + "replacing or revoking this plan sends each of them vn.cascade.plan.basis-changed.v1.")
    @APIResponse(responseCode = "200", description = "Nearest first; empty when nothing rests on the plan",
            content = @Content(schema = @Schema(implementation = DependentResponse.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such plan visible to the caller")
    public List<DependentResponse> dependents(@PathParam("id") UUID id) {
        return queries.dependents(id).stream().map(PlanMapper::toResponse).toList();
    }

    @GET
    @Path("/{id}/allocations")
    @Operation(operationId = "getPlanAllocation",
            summary = "A count target of the plan beside what the plans answering it set, added up",
            description = "For a count indicator the plan sets a target for (new members admitted, for example): the "
                    + "plan's own figure, the figure each issued plan based on it sets, their sum, and what is left "
                    + "unallocated.")
    @APIResponse(responseCode = "200", description = "The plan's figure, the shares below, and what is left",
            content = @Content(schema = @Schema(implementation = AllocationResponse.class)))
    @APIResponse(responseCode = "400", description = "The plan sets no count target for the indicator")
    @APIResponse(responseCode = "404", description = "No such plan")
    public AllocationResponse allocation(@PathParam("id") UUID id,
            @Parameter(description = "Code of the count indicator", example = "NEW_MEMBERS_ADMITTED") @QueryParam("indicator") @NotBlank String indicator) {
        return PlanMapper.toResponse(queries.allocation(id, indicator));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.ISSUER})
    @Operation(operationId = "updatePlanDraft", summary = "Change a draft",
            description = "Only the issuer, only a draft, only at the version read: in the body or as If-Match (a "
                    + "stale one is 409, or 412 with If-Match, and changes nothing). The response carries the new ETag.")
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid content")
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "409", description = "Stale version, not a draft, or symbol and date taken")
    @APIResponse(responseCode = "422", description = "A target names an indicator the catalogue does not know or has "
            + "retired (each listed)")
    public PlanResponse update(@PathParam("id") UUID id, @NotNull @Valid PlanRequest request) {
        return PlanMapper.toResponse(plans.update(id, request.version(), PlanMapper.toDraft(request)));
    }

    @POST
    @Path("/{id}/issue")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.ISSUER})
    @Idempotent
    @Operation(operationId = "issuePlan", summary = "Issue a draft; announces vn.cascade.plan.issued.v1 with its reporting obligations",
            description = "At the version read (body or If-Match). Checks the documents it implements and the reach "
                    + "of its recipients; the event, written in the same transaction, makes reporting-service create "
                    + "the obligations. A plan it names in basedOn with kind REPLACES becomes REPLACED "
                    + "(vn.cascade.plan.replaced.v1), one named with kind AMENDS stays in force as AMENDED and records "
                    + "it (vn.cascade.plan.amended.v1); the plans resting on those are sent "
                    + "vn.cascade.plan.basis-changed.v1 and listed in consequences. The response carries the new ETag.")
    @APIResponse(responseCode = "200", description = "Issued", content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request")
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "409", description = "Stale version or not a draft")
    @APIResponse(responseCode = "422", description = "Not issuable: no symbol or date, the directive is unknown or not in "
            + "force, or a plan it amends or replaces is not in force or belongs to an organisation outside the issuer's subtree")
    public PlanResponse issue(@PathParam("id") UUID id, @NotNull @Valid StatusChangeRequest request,
            @HeaderParam(Idempotent.HEADER) String idempotencyKey) {
        return PlanMapper.toResponse(plans.issue(id, request.version()));
    }

    @POST
    @Path("/{id}/amend")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.ISSUER})
    @Operation(operationId = "amendPlan", summary = "Replace the content of an issued plan; announces vn.cascade.plan.amended.v1",
            description = "With a reason, at the version read: the content's version or If-Match. Task progress "
                    + "recorded so far is kept; the history keeps the content as it was. The plans resting on this one "
                    + "are sent vn.cascade.plan.basis-changed.v1 (change AMENDED) and listed in consequences, with any "
                    + "plan the new content names as amended or replaced (see issuePlan). The response carries the new ETag.")
    @APIResponse(responseCode = "200", description = "Amended", content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid content")
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "409", description = "Stale version or not in force")
    @APIResponse(responseCode = "422", description = "The amended plan would not be issuable, or a target names an "
            + "indicator the catalogue does not know or has retired, or a plan it amends or replaces may not be")
    public PlanResponse amend(@PathParam("id") UUID id, @NotNull @Valid PlanAmendmentRequest request) {
        PlanRequest content = request.content();
        return PlanMapper.toResponse(plans.amend(id, content.version(), PlanMapper.toDraft(content), request.reason()));
    }

    @POST
    @Path("/{id}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.ISSUER})
    @Operation(operationId = "revokePlan", summary = "Revoke an issued plan; announces vn.cascade.plan.revoked.v1",
            description = "With a reason, at the version read (body or If-Match); reporting-service cancels the open "
                    + "obligations it made. The plans resting on it, directly or through others, are sent "
                    + "vn.cascade.plan.basis-changed.v1 (change REVOKED) and listed in consequences. The response "
                    + "carries the new ETag.")
    @APIResponse(responseCode = "200", description = "Revoked", content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "400", description = "No reason given")
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "409", description = "Stale version or not in force")
    public PlanResponse revoke(@PathParam("id") UUID id, @NotNull @Valid StatusChangeRequest request) {
        return PlanMapper.toResponse(plans.revoke(id, request.version(), request.reason()));
    }

    @POST
    @Path("/{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.ISSUER})
    @Operation(operationId = "completePlan", summary = "Mark an issued plan completed; announces vn.cascade.plan.completed.v1",
            description = "At the version read (body or If-Match), with an optional note. reporting-service cancels the "
                    + "obligations for periods that have not begun; reports already owed or given stay. The plans "
                    + "resting on it are listed in consequences (not told). The response carries the new ETag.")
    @APIResponse(responseCode = "200", description = "Completed", content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request")
    @APIResponse(responseCode = "404", description = "No such plan")
    @APIResponse(responseCode = "409", description = "Stale version or not in force")
    public PlanResponse complete(@PathParam("id") UUID id, @NotNull @Valid StatusChangeRequest request) {
        return PlanMapper.toResponse(plans.complete(id, request.version(), request.reason()));
    }
}
