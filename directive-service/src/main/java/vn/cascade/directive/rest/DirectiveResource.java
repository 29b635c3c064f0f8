package vn.cascade.directive.rest;

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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cascade.common.documents.DocumentType;
import vn.cascade.common.idempotency.Idempotent;
import vn.cascade.common.rest.PageRequest;
import vn.cascade.common.rest.PageResponse;
import vn.cascade.common.rest.StatusChangeRequest;
import vn.cascade.common.security.Roles;
import vn.cascade.directive.domain.DirectiveStatus;
import vn.cascade.directive.rest.dto.AmendmentRequest;
import vn.cascade.directive.rest.dto.DirectivePage;
import vn.cascade.directive.rest.dto.DirectiveRequest;
import vn.cascade.directive.rest.dto.DirectiveResponse;
import vn.cascade.directive.rest.dto.ImplementationResponse;
import vn.cascade.directive.rest.mapping.DirectiveMapper;
import vn.cascade.directive.service.DirectiveLifecycle;
import vn.cascade.directive.service.DirectiveQueries;
import vn.cascade.directive.service.DirectiveSearch;

@Path("/api/v1/directives")
@Tag(name = "Directives", description = "Resolutions, conclusions, instructions, regulations and guidance")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The caller's role or organisation does not allow this")
@RolesAllowed({Roles.ADMIN, Roles.ISSUER, Roles.REPORTER, Roles.REVIEWER, Roles.READER})
public class DirectiveResource {

    private final DirectiveLifecycle lifecycle;
    private final DirectiveQueries queries;

    DirectiveResource(DirectiveLifecycle lifecycle, DirectiveQueries queries) {
        this.lifecycle = lifecycle;
        this.queries = queries;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.ISSUER})
    @Idempotent
    @Operation(operationId = "draftDirective", summary = "Draft a directive for the caller's organisation",
            description = "Issuers draft for their own organisation. The symbol is unique per issuer and year; a "
                    + "retry with the same Idempotency-Key gets the first answer again. The draft is seen only "
                    + "inside the issuer's chain until it is published.")
    @APIResponse(responseCode = "201", description = "Drafted",
            content = @Content(schema = @Schema(implementation = DirectiveResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid content or symbol")
    @APIResponse(responseCode = "409", description = "A directive with this symbol and date exists")
    public Response draft(@NotNull @Valid DirectiveRequest request, UriInfo uri,
            @HeaderParam(Idempotent.HEADER) String idempotencyKey) {
        DirectiveResponse drafted = DirectiveMapper.toResponse(lifecycle.draft(DirectiveMapper.toContent(request)));
        return Response.created(uri.getAbsolutePathBuilder().path(drafted.id().toString()).build())
                .entity(drafted).build();
    }

    @GET
    @Operation(operationId = "listDirectives",
            summary = "Directives by type, status, issuer subtree, date and words (ignoring diacritics), newest first",
            description = "Words match symbol, title, summary and body ignoring case and diacritics (nghi quyet 21 "
                    + "finds Nghị quyết 21). Drafts appear only inside the issuer's chain. Pages carry RFC 8288 "
                    + "Link headers (first, prev, next, last) beside the total.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = DirectivePage.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter")
    public PageResponse<DirectiveResponse> list(
            @Parameter(description = "Words to find in symbol, title, summary and body", example = "nghi quyet 21 to chuc co so dang")
            @QueryParam("q") String words,
            @Parameter(description = "Only documents of this type (NQ resolution, KL conclusion, CT instruction …)",
                    example = "NQ") @QueryParam("type") DocumentType type,
            @Parameter(description = "Only directives in this status; drafts only inside the caller's chain",
                    example = "PUBLISHED") @QueryParam("status") DirectiveStatus status,
            @Parameter(description = "Code of an organisation: its directives and those of its subtree", example = "TU-QUANGTRI")
            @QueryParam("issuer") String issuer,
            @Parameter(description = "Issued on or after", example = "2022-01-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "Issued on or before", example = "2022-12-31") @QueryParam("to") LocalDate to,
            @Valid @BeanParam PageRequest page) {
        return PageResponse.of(queries.search(new DirectiveSearch(words, type, status, issuer, from, to), page.paging()),
                DirectiveMapper::toResponse);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDirective", summary = "A directive by id",
            description = "A draft outside the issuer's chain is a 404. The ETag answers If-None-Match with 304 while "
                    + "the directive is unchanged, and may be sent as If-Match to change it.")
    @APIResponse(responseCode = "200", description = "Found",
            content = @Content(schema = @Schema(implementation = DirectiveResponse.class)))
    @APIResponse(responseCode = "404", description = "No such directive visible to the caller")
    public DirectiveResponse get(@PathParam("id") UUID id) {
        return DirectiveMapper.toResponse(queries.get(id));
    }

    @GET
    @Path("/by-symbol")
    @Operation(operationId = "getDirectiveBySymbol", summary = "A directive by its symbol, tolerant of spelling",
            description = "Numbers restart by term and year, so a symbol alone may name several directives: give the "
                    + "year then (409 otherwise). Case and diacritics are ignored (21-nq/tw, ĐU or DU).")
    @APIResponse(responseCode = "200", description = "Found",
            content = @Content(schema = @Schema(implementation = DirectiveResponse.class)))
    @APIResponse(responseCode = "400", description = "Not a directive symbol")
    @APIResponse(responseCode = "404", description = "No such directive")
    @APIResponse(responseCode = "409", description = "Several directives share the symbol: give the year")
    public DirectiveResponse getBySymbol(
            @Parameter(description = "The directive's symbol, case and diacritics tolerated", example = "21-NQ/TW") @QueryParam("symbol") @NotBlank String symbol,
            @Parameter(description = "Year of issue, when the number was reused", example = "2022") @QueryParam("year") Integer year) {
        return DirectiveMapper.toResponse(queries.getBySymbol(symbol, year));
    }

    @GET
    @Path("/{id}/dependents")
    @Operation(operationId = "listDirectiveDependents",
            summary = "Directives that rest on this one (implement, are based on, amend, replace, relate), transitively",
            description = "Follows the references backwards through every level, each directive once, oldest first.")
    @APIResponse(responseCode = "200", description = "Oldest first", content = @Content(
            schema = @Schema(implementation = DirectiveResponse.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such directive")
    public List<DirectiveResponse> dependents(@PathParam("id") UUID id) {
        return queries.dependents(id).stream().map(DirectiveMapper::toResponse).toList();
    }

    @GET
    @Path("/{id}/implementation")
    @Operation(operationId = "getDirectiveImplementation",
            summary = "Which organisations answered the directive with a plan, at which level and how many days after; "
                    + "with an organisation, which of its direct subordinates have not yet",
            description = "Built from the plan events of plan-service: an organisation has answered once a plan "
                    + "implementing the directive was issued by it.")
    @APIResponse(responseCode = "200", description = "Answered and not yet",
            content = @Content(schema = @Schema(implementation = ImplementationResponse.class)))
    @APIResponse(responseCode = "403", description = "The organisation asked about lies outside the caller's subtree")
    @APIResponse(responseCode = "404", description = "No such directive or organisation")
    public ImplementationResponse implementation(@PathParam("id") UUID id,
            @Parameter(description = "Check its direct subordinates", example = "TU-QUANGTRI") @QueryParam("organization") String organization) {
        return DirectiveMapper.toResponse(queries.implementation(id, organization));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.ISSUER})
    @Operation(operationId = "updateDirectiveDraft", summary = "Change a draft",
            description = "Only the issuer, only a draft, only at the version read: in the body or as If-Match (a "
                    + "stale one is 409, or 412 with If-Match, and changes nothing)."
                    + " The response carries the new ETag.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = DirectiveResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid content")
    @APIResponse(responseCode = "404", description = "No such directive")
    @APIResponse(responseCode = "409", description = "Stale version, not a draft, or the symbol and date are taken")
    public DirectiveResponse update(@PathParam("id") UUID id, @NotNull @Valid DirectiveRequest request) {
        return DirectiveMapper.toResponse(lifecycle.update(id, DirectiveMapper.toContent(request)));
    }

    @POST
    @Path("/{id}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.ISSUER})
    @Idempotent
    @Operation(operationId = "publishDirective", summary = "Publish a draft; announces vn.cascade.directive.published.v1",
            description = "At the version read (body or If-Match). The event is written in the same transaction and "
                    + "reaches Kafka through the outbox. A registered directive it references with kind REPLACES "
                    + "becomes REPLACED (vn.cascade.directive.replaced.v1); one referenced with kind AMENDS stays in "
                    + "force as AMENDED and records it (vn.cascade.directive.amended.v1); consequences lists them with "
                    + "the directives and plans resting on them, and plan-service tells those plans "
                    + "(vn.cascade.plan.basis-changed.v1). The response carries the new ETag.")
    @APIResponse(responseCode = "200", description = "Published",
            content = @Content(schema = @Schema(implementation = DirectiveResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request")
    @APIResponse(responseCode = "404", description = "No such directive")
    @APIResponse(responseCode = "409", description = "Stale version or not a draft")
    @APIResponse(responseCode = "422", description = "A directive it amends or replaces is not in force, or was issued "
            + "by an organisation outside the issuer's subtree; nothing is published")
    public DirectiveResponse publish(@PathParam("id") UUID id, @NotNull @Valid StatusChangeRequest request,
            @HeaderParam(Idempotent.HEADER) String idempotencyKey) {
        return DirectiveMapper.toResponse(lifecycle.publish(id, request.version()));
    }

    @POST
    @Path("/{id}/amend")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.ISSUER})
    @Operation(operationId = "amendDirective",
            summary = "Replace the content of a directive in force; announces vn.cascade.directive.amended.v1",
            description = "At the version read (body or If-Match), with a reason; the status becomes AMENDED. "
                    + "consequences lists the directives and plans in force resting on it (plan-service tells the "
                    + "plans). The response carries the new ETag.")
    @APIResponse(responseCode = "200", description = "Amended",
            content = @Content(schema = @Schema(implementation = DirectiveResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid content")
    @APIResponse(responseCode = "404", description = "No such directive")
    @APIResponse(responseCode = "409", description = "Stale version or not in force")
    @APIResponse(responseCode = "422", description = "A directive the new content amends or replaces may not be (see "
            + "publishDirective)")
    public DirectiveResponse amend(@PathParam("id") UUID id, @NotNull @Valid AmendmentRequest request) {
        return DirectiveMapper.toResponse(lifecycle.amend(id, DirectiveMapper.toContent(request.content()),
                request.reason()));
    }

    @POST
    @Path("/{id}/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.ISSUER})
    @Operation(operationId = "revokeDirective", summary = "Revoke a directive in force; announces vn.cascade.directive.revoked.v1",
            description = "At the version read (body or If-Match), with the reason it is revoked. consequences lists "
                    + "the directives and plans in force resting on it, directly or through others (plan-service tells "
                    + "the plans: vn.cascade.plan.basis-changed.v1). The response carries the new ETag.")
    @APIResponse(responseCode = "200", description = "Revoked",
            content = @Content(schema = @Schema(implementation = DirectiveResponse.class)))
    @APIResponse(responseCode = "400", description = "No reason given")
    @APIResponse(responseCode = "404", description = "No such directive")
    @APIResponse(responseCode = "409", description = "Stale version or not in force")
    public DirectiveResponse revoke(@PathParam("id") UUID id, @NotNull @Valid StatusChangeRequest request) {
        return DirectiveMapper.toResponse(lifecycle.revoke(id, request.version(), request.reason()));
    }
}
