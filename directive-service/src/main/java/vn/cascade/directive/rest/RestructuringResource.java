package vn.cascade.directive.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cascade.common.idempotency.Idempotent;
import vn.cascade.common.security.Roles;
import vn.cascade.directive.rest.dto.MergerRequest;
import vn.cascade.directive.rest.dto.MoveRequest;
import vn.cascade.directive.rest.dto.RenamingRequest;
import vn.cascade.directive.rest.dto.RestructuringResponse;
import vn.cascade.directive.rest.dto.SplitRequest;
import vn.cascade.directive.rest.mapping.RestructuringMapper;
import vn.cascade.directive.service.RestructuringService;

/**
 * Restructuring the hierarchy, each kind one transaction: the predecessors cease, their active children move to
 * the successors, and every organisation whose snapshot changed is published.
 */
@Path("/api/v1/organizations/restructurings")
@Tag(name = "Organizations", description = "The party organisation hierarchy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@APIResponse(responseCode = "200", description = "Applied; every affected organisation's snapshot is on its way",
        content = @Content(schema = @Schema(implementation = RestructuringResponse.class)))
@APIResponse(responseCode = "400", description = "Malformed request (missing or invalid fields); nothing changed")
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "Only administrators restructure the hierarchy")
@APIResponse(responseCode = "422", description = "The restructuring does not fit the hierarchy (unknown or ceased "
        + "organisation, a cycle, a lower level, a date in the future or before an organisation began, a child left "
        + "unplaced…): every problem is listed in errors; nothing changed")
public class RestructuringResource {

    private final RestructuringService service;

    RestructuringResource(RestructuringService service) {
        this.service = service;
    }

    @POST
    @Path("/mergers")
    @Idempotent
    @Operation(operationId = "mergeOrganizations",
            summary = "Merge organisations into an existing or a new one, effective on a date (admin)",
            description = "The predecessors cease on the effective date (validTo, active=false; never deleted); their "
                    + "active children move under the successor with their subtrees; each predecessor gets the "
                    + "successor as MERGER successor. A district dissolved into its province is a merger into the "
                    + "province.")
    @RequestBody(content = @Content(schema = @Schema(implementation = MergerRequest.class), examples = @ExampleObject(
            name = "Hợp nhất", value = """
                    {"predecessorCodes": ["DU-XA-VINHTHACH", "DU-XA-VINHTHANH"], "effectiveDate": "2025-07-01",
                     "newSuccessor": {"code": "DU-XA-VINHHOANG", "name": "Đảng ủy xã Vĩnh Hoàng", "level": "GRASSROOTS"}}""")))
    public RestructuringResponse merge(@NotNull @Valid MergerRequest request,
            @HeaderParam(Idempotent.HEADER) String idempotencyKey) {
        return RestructuringMapper.toResponse(service.merge(RestructuringMapper.toMerger(request)));
    }

    @POST
    @Path("/splits")
    @Idempotent
    @Operation(operationId = "splitOrganization",
            summary = "Split an organisation into several, effective on a date (admin)",
            description = "The predecessor ceases; each of its active children goes to the successor that lists it "
                    + "(every one must be listed exactly once); each successor is linked as SPLIT.")
    public RestructuringResponse split(@NotNull @Valid SplitRequest request,
            @HeaderParam(Idempotent.HEADER) String idempotencyKey) {
        return RestructuringMapper.toResponse(service.split(RestructuringMapper.toSplit(request)));
    }

    @POST
    @Path("/renamings")
    @Idempotent
    @Operation(operationId = "renameOrganization",
            summary = "Continue an organisation under a new identity from a date (admin)",
            description = "A new organisation (new code) takes over: the old one ceases, its active children move "
                    + "under the new one, and the two are linked as RENAMING.")
    public RestructuringResponse rename(@NotNull @Valid RenamingRequest request,
            @HeaderParam(Idempotent.HEADER) String idempotencyKey) {
        return RestructuringMapper.toResponse(service.rename(RestructuringMapper.toRenaming(request)));
    }

    @POST
    @Path("/moves")
    @Idempotent
    @Operation(operationId = "moveOrganization",
            summary = "Move an organisation with its subtree under another parent from a date (admin)",
            description = "Its place and the places of its active descendants change from the effective date; "
                    + "each gets a new snapshot. A stale version, when given, is a 409.")
    @APIResponse(responseCode = "409", description = "Stale version")
    public RestructuringResponse move(@NotNull @Valid MoveRequest request,
            @HeaderParam(Idempotent.HEADER) String idempotencyKey) {
        return RestructuringMapper.toResponse(service.move(RestructuringMapper.toMove(request)));
    }
}
