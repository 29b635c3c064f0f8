package vn.cascade.directive.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import vn.cascade.directive.rest.dto.ImportResponse;
import vn.cascade.directive.rest.dto.ReorganisationReferenceResponse;
import vn.cascade.directive.rest.dto.ReorganisationRequest;
import vn.cascade.directive.rest.dto.ReorganisationResponse;
import vn.cascade.directive.rest.mapping.ReorganisationMapper;
import vn.cascade.directive.service.OrganizationImport;
import vn.cascade.directive.service.ReorganisationService;

/**
 * Reorganisations of many organisations on one date (the 2025 provincial mergers and the end of the district
 * level), each one transaction built of ordinary restructurings; and the 2025 one as shipped reference data.
 */
@Path("/api/v1/organizations/reorganisations")
@Tag(name = "Organizations", description = "The party organisation hierarchy")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token")
public class ReorganisationResource {

    private final ReorganisationService service;

    ReorganisationResource(ReorganisationService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Idempotent
    @Operation(operationId = "applyReorganisation",
            summary = "Apply a reorganisation: dissolutions into the parents, then mergers, on one date (admin)",
            description = "All or nothing. Each dissolution dissolves every active organisation of the level and kind "
                    + "directly under the named parents into its parent (a district into its province: its grassroots "
                    + "committees move to the province, its own commissions and bodies cease without successor); each "
                    + "merger is the merger of POST /restructurings/mergers. A step that does not fit is a 422 whose "
                    + "errors name the step (mergers[3].predecessorCodes[0]). The 2025 operation is the `operation` of "
                    + "GET /reorganisations/2025.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ReorganisationRequest.class),
            examples = @ExampleObject(name = "Quảng Bình + Quảng Trị, Vĩnh Linh giải thể", value = """
                    {"effectiveDate": "2025-07-01",
                     "dissolutions": [{"parentCodes": ["TU-QUANGBINH", "TU-QUANGTRI"], "level": "DISTRICT",
                                       "kind": "PARTY_COMMITTEE"}],
                     "mergers": [{"predecessorCodes": ["TU-QUANGBINH", "TU-QUANGTRI"],
                                  "newSuccessor": {"code": "TU-QUANGTRI-2025", "name": "Tỉnh ủy Quảng Trị",
                                                   "shortName": "TU Quảng Trị", "level": "PROVINCIAL"}}]}""")))
    @APIResponse(responseCode = "200", description = "Applied; every affected organisation's snapshot is on its way",
            content = @Content(schema = @Schema(implementation = ReorganisationResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed request; nothing changed")
    @APIResponse(responseCode = "403", description = "Only administrators reorganise the hierarchy")
    @APIResponse(responseCode = "422", description = "A step does not fit the hierarchy; errors name it; nothing changed")
    public ReorganisationResponse apply(@NotNull @Valid ReorganisationRequest request,
            @HeaderParam(Idempotent.HEADER) String idempotencyKey) {
        return ReorganisationMapper.toResponse(service.apply(ReorganisationMapper.toPlan(request)));
    }

    @GET
    @Path("/2025")
    @RolesAllowed({Roles.ADMIN, Roles.ISSUER, Roles.REPORTER, Roles.REVIEWER, Roles.READER})
    @Operation(operationId = "getReorganisation2025",
            summary = "The provincial reorganisation of 1 July 2025 as reference data",
            description = "The 63 provincial committees before it, the 11 it left alone, the 23 mergers (with the "
                    + "seat and decision where a source gives them), the dissolution of the district committees, "
                    + "and the public sources (docs/reorganisation-2025.md).")
    @APIResponse(responseCode = "200", description = "The bundled reference",
            content = @Content(schema = @Schema(implementation = ReorganisationReferenceResponse.class)))
    @APIResponse(responseCode = "403", description = "No role of the service")
    public ReorganisationReferenceResponse reference2025() {
        return ReorganisationMapper.toResponse(service.reference2025());
    }

    @POST
    @Path("/2025/committees-before")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "loadCommitteesBefore2025",
            summary = "Register the 63 provincial committees as they were before 1 July 2025 that are missing (admin)",
            description = "Idempotent: codes already registered are left alone and counted as existing. Their parent "
                    + "BCHTW must exist (POST /organizations/reference-data first).")
    @APIResponse(responseCode = "200", description = "Loaded",
            content = @Content(schema = @Schema(implementation = ImportResponse.class)))
    @APIResponse(responseCode = "400", description = "BCHTW is not registered; nothing written")
    @APIResponse(responseCode = "403", description = "Only administrators load reference data")
    public ImportResponse loadCommitteesBefore2025() {
        OrganizationImport.Outcome outcome = service.loadCommitteesBefore2025();
        return new ImportResponse(outcome.created(), outcome.existing());
    }
}
