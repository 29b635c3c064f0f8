package vn.cascade.directive.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cascade.common.events.OrganizationKind;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.idempotency.Idempotent;
import vn.cascade.common.rest.PageRequest;
import vn.cascade.common.rest.PageResponse;
import vn.cascade.common.security.Roles;
import vn.cascade.directive.rest.dto.CreateOrganizationRequest;
import vn.cascade.directive.rest.dto.DeactivateOrganizationRequest;
import vn.cascade.directive.rest.dto.ImportResponse;
import vn.cascade.directive.rest.dto.OrganizationHistoryResponse;
import vn.cascade.directive.rest.dto.OrganizationPage;
import vn.cascade.directive.rest.dto.OrganizationResponse;
import vn.cascade.directive.rest.dto.RepublishResponse;
import vn.cascade.directive.rest.dto.UpdateOrganizationRequest;
import vn.cascade.directive.rest.mapping.OrganizationImportReader;
import vn.cascade.directive.rest.mapping.OrganizationMapper;
import vn.cascade.directive.service.ImportRow;
import vn.cascade.directive.service.OrganizationHistories;
import vn.cascade.directive.service.OrganizationImport;
import vn.cascade.directive.service.OrganizationQueries;
import vn.cascade.directive.service.OrganizationService;
import vn.cascade.directive.service.SnapshotRepublishing;

@Path("/api/v1/organizations")
@Tag(name = "Organizations", description = "The party organisation hierarchy")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The caller's roles do not allow this")
@RolesAllowed({Roles.ADMIN, Roles.ISSUER, Roles.REPORTER, Roles.REVIEWER, Roles.READER})
public class OrganizationResource {

    private static final String CSV = "text/csv";
    private static final String CSV_EXAMPLE = """
            code,name,shortName,level,kind,parentCode,memberCount,memberCountAsOf
            HU-VINHLINH,Huyện ủy Vĩnh Linh,HU Vĩnh Linh,DISTRICT,PARTY_COMMITTEE,TU-QUANGTRI,,
            BTC-HU-VINHLINH,Ban Tổ chức Huyện ủy Vĩnh Linh,BTC HU Vĩnh Linh,DISTRICT,ADVISORY_COMMISSION,HU-VINHLINH,,
            """;

    private static final String AS_OF = "Read the hierarchy as it was on this day (ISO date); default today";

    private final OrganizationService service;
    private final OrganizationQueries queries;
    private final OrganizationHistories histories;
    private final OrganizationImport organizationImport;
    private final OrganizationImportReader importReader;
    private final SnapshotRepublishing republishing;

    OrganizationResource(OrganizationService service, OrganizationQueries queries, OrganizationHistories histories,
            OrganizationImport organizationImport, OrganizationImportReader importReader,
            SnapshotRepublishing republishing) {
        this.service = service;
        this.queries = queries;
        this.histories = histories;
        this.organizationImport = organizationImport;
        this.importReader = importReader;
        this.republishing = republishing;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Idempotent
    @Operation(operationId = "createOrganization", summary = "Register an organisation (admin)",
            description = "Under its parent (parentCode; none for a root); publishes the organisation's snapshot for "
                    + "the other services. Retried with the same Idempotency-Key, the first answer is repeated. The "
                    + "Location header names the new organisation.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = OrganizationResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request")
    @APIResponse(responseCode = "409", description = "The code is taken")
    public Response create(@NotNull @Valid CreateOrganizationRequest request, UriInfo uri,
            @HeaderParam(Idempotent.HEADER) String idempotencyKey) {
        OrganizationResponse created = OrganizationMapper.toResponse(service.create(OrganizationMapper.toNewOrganization(request)));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @GET
    @Operation(operationId = "searchOrganizations",
            summary = "Search by name, short name or code, ignoring diacritics and case",
            description = "Every word of q must begin a word of the name, the short name or the code: "
                    + "\"tinh uy quang tri\" finds \"Tỉnh ủy Quảng Trị\". Ordered by name, then code. With code, "
                    + "the organisation of that exact code (a page of one, or empty): the lookup by code, which "
                    + "replaces the former GET /api/v1/organizations/by-code/{code}.")
    @APIResponse(responseCode = "200", description = "One page of matching organisations",
            content = @Content(schema = @Schema(implementation = OrganizationPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging parameter")
    public PageResponse<OrganizationResponse> search(
            @QueryParam("code") @Parameter(description = "Only the organisation with this exact stable code",
                    example = "TU-QUANGTRI") String code,
            @QueryParam("q") @Parameter(description = "Words to look for", example = "tinh uy quang tri") String q,
            @QueryParam("level") @Parameter(description = "Only organisations of this level", example = "PROVINCIAL")
            OrganizationLevel level,
            @QueryParam("kind") @Parameter(description = "Only organisations of this kind", example = "PARTY_COMMITTEE")
            OrganizationKind kind,
            @QueryParam("active") @Parameter(description = "Only active (true) or only inactive (false) ones")
            Boolean active,
            @Valid @BeanParam PageRequest page) {
        return PageResponse.of(queries.search(code, q, level, kind, active, page.paging()), OrganizationMapper::toResponse);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getOrganization", summary = "An organisation by id",
            description = "As it is today (its current parent, path and member count). To find one by its code, "
                    + "searchOrganizations with code. The ETag answers If-None-Match with 304 while it is unchanged.")
    @APIResponse(responseCode = "200", description = "Found",
            content = @Content(schema = @Schema(implementation = OrganizationResponse.class)))
    @APIResponse(responseCode = "404", description = "No such organisation")
    public OrganizationResponse get(@PathParam("id") UUID id) {
        return OrganizationMapper.toResponse(queries.get(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateOrganization", summary = "Replace an organisation's state; a new parent moves its subtree (admin)",
            description = "Send the version last read. Moving an organisation publishes a snapshot for it and for "
                    + "every organisation below it, since their paths change.")
    @APIResponse(responseCode = "200", description = "Updated",
            content = @Content(schema = @Schema(implementation = OrganizationResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request, unknown parent, or a parent that would make a cycle")
    @APIResponse(responseCode = "404", description = "No such organisation")
    @APIResponse(responseCode = "409", description = "Stale version (type stale-version): someone changed it since you read it")
    public OrganizationResponse update(@PathParam("id") UUID id, @NotNull @Valid UpdateOrganizationRequest request) {
        return OrganizationMapper.toResponse(service.update(id, OrganizationMapper.toUpdate(request)));
    }

    @POST
    @Path("/{id}/deactivate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deactivateOrganization", summary = "Mark an organisation as no longer existing from a date (admin)",
            description = "Organisations are never deleted: documents keep referring to them.")
    @APIResponse(responseCode = "200", description = "Deactivated",
            content = @Content(schema = @Schema(implementation = OrganizationResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid effective date")
    @APIResponse(responseCode = "404", description = "No such organisation")
    @APIResponse(responseCode = "409", description = "It still has active children, is already inactive, or the version is stale")
    public OrganizationResponse deactivate(@PathParam("id") UUID id, @NotNull @Valid DeactivateOrganizationRequest request) {
        return OrganizationMapper.toResponse(service.deactivate(id, request.effectiveDate(), request.version()));
    }

    @GET
    @Path("/{id}/children")
    @Operation(operationId = "listOrganizationChildren",
            summary = "The organisations directly below one on a date (default today), by code",
            description = "As the hierarchy was on asOf: organisations that existed then and sat directly below this one "
                    + "then; parentId is the parent on that date. Organisations that had ceased by then are not listed.")
    @APIResponse(responseCode = "200", description = "The children",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = OrganizationResponse.class)))
    @APIResponse(responseCode = "400", description = "asOf is not an ISO date")
    @APIResponse(responseCode = "404", description = "No such organisation, or it did not exist on asOf")
    public List<OrganizationResponse> children(@PathParam("id") UUID id, @QueryParam("asOf") @Parameter(
            description = AS_OF, example = "2025-06-30") LocalDate asOf) {
        return queries.children(id, asOf).stream().map(OrganizationMapper::toResponse).toList();
    }

    @GET
    @Path("/{id}/subtree")
    @Operation(operationId = "listOrganizationSubtree",
            summary = "An organisation and everything below it on a date (default today), each before its descendants",
            description = "As the hierarchy was on asOf: the organisation first, then every organisation that sat below "
                    + "it on that date, ordered by their paths of that date (each before its descendants). Paged; "
                    + "pages carry RFC 8288 Link headers beside the total.")
    @APIResponse(responseCode = "200", description = "One page of the subtree, ordered by the paths of that date",
            content = @Content(schema = @Schema(implementation = OrganizationPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid paging parameter, or asOf is not an ISO date")
    @APIResponse(responseCode = "404", description = "No such organisation, or it did not exist on asOf")
    public PageResponse<OrganizationResponse> subtree(@PathParam("id") UUID id, @QueryParam("asOf") @Parameter(
            description = AS_OF, example = "2025-06-30") LocalDate asOf, @Valid @BeanParam PageRequest page) {
        return PageResponse.of(queries.subtree(id, asOf, page.paging()), OrganizationMapper::toResponse);
    }

    @GET
    @Path("/{id}/ancestors")
    @Operation(operationId = "listOrganizationAncestors",
            summary = "The organisations above one on a date (default today), root first",
            description = "Its parent's chain as it was on asOf, from the root (the Central Committee) down to its "
                    + "direct parent; the organisation itself is not included.")
    @APIResponse(responseCode = "200", description = "The ancestors; empty for a root",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = OrganizationResponse.class)))
    @APIResponse(responseCode = "400", description = "asOf is not an ISO date")
    @APIResponse(responseCode = "404", description = "No such organisation, or it did not exist on asOf")
    public List<OrganizationResponse> ancestors(@PathParam("id") UUID id, @QueryParam("asOf") @Parameter(
            description = AS_OF, example = "2025-06-30") LocalDate asOf) {
        return queries.ancestors(id, asOf).stream().map(OrganizationMapper::toResponse).toList();
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getOrganizationHistory",
            summary = "Where an organisation sat over time, its predecessors and successors, and the chains of "
                    + "restructurings followed both ways",
            description = "Its places in the hierarchy, oldest first (parent, path, from, to); its direct "
                    + "predecessors and successors with the kind and date of each succession; every succession link "
                    + "before and after it, followed transitively; and the active organisations that carry it on today.")
    @APIResponse(responseCode = "200", description = "Its history",
            content = @Content(schema = @Schema(implementation = OrganizationHistoryResponse.class)))
    @APIResponse(responseCode = "404", description = "No such organisation")
    public OrganizationHistoryResponse history(@PathParam("id") UUID id) {
        return OrganizationMapper.toResponse(histories.history(id));
    }

    @POST
    @Path("/import")
    @Consumes({MediaType.APPLICATION_JSON, CSV})
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "importOrganizations", summary = "Register many organisations at once, all or none (admin)",
            description = "A JSON array of CreateOrganizationRequest, or CSV with the header "
                    + "code,name,shortName,level,kind,parentCode,memberCount,memberCountAsOf (optional column validFrom). "
                    + "A parent may be registered by an earlier row. If any row is bad, nothing is written and the "
                    + "problem lists every bad row: errors[].field is rows[i].field, i counting data rows from 0.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = CreateOrganizationRequest.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "Vĩnh Linh", value = CSV_EXAMPLE))})
    @APIResponse(responseCode = "200", description = "Every row registered",
            content = @Content(schema = @Schema(implementation = ImportResponse.class)))
    @APIResponse(responseCode = "400", description = "Bad rows (each listed), unreadable JSON or CSV; nothing written")
    @APIResponse(responseCode = "415", description = "Neither JSON nor CSV")
    public ImportResponse importOrganizations(String body, HttpHeaders headers) {
        MediaType type = headers.getMediaType();
        List<ImportRow> rows = type != null && type.isCompatible(MediaType.valueOf(CSV))
                ? importReader.fromCsv(body == null ? "" : body)
                : importReader.fromJson(body == null ? "" : body);
        OrganizationImport.Outcome outcome = organizationImport.importRows(rows, OrganizationImport.ExistingCodes.REJECT);
        return new ImportResponse(outcome.created(), outcome.existing());
    }

    @POST
    @Path("/reference-data")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "loadOrganizationReferenceData",
            summary = "Register the organisations of the seed documents that are missing (admin)",
            description = "Idempotent: codes already registered are left alone and counted as existing.")
    @APIResponse(responseCode = "200", description = "Loaded",
            content = @Content(schema = @Schema(implementation = ImportResponse.class)))
    public ImportResponse loadReferenceData() {
        OrganizationImport.Outcome outcome = organizationImport.loadReferenceData();
        return new ImportResponse(outcome.created(), outcome.existing());
    }

    @POST
    @Path("/snapshots/republish")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "republishOrganizationSnapshots",
            summary = "Publish every organisation's snapshot again (admin)",
            description = "Recovery: rebuilds a lost organisations topic or a new service's copy of the hierarchy. "
                    + "Snapshots keep their versions, so copies that hold them already change nothing.")
    @APIResponse(responseCode = "200", description = "Published",
            content = @Content(schema = @Schema(implementation = RepublishResponse.class)))
    public RepublishResponse republishSnapshots() {
        return new RepublishResponse(republishing.republishAll());
    }
}
