package vn.cascade.directive.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import vn.cascade.directive.rest.dto.DocumentGraphResponse;
import vn.cascade.directive.rest.mapping.DocumentGraphMapper;
import vn.cascade.directive.service.DocumentGraphService;

@Path("/api/v1/documents")
@Tag(name = "Documents", description = "Directives and plans together: the references between them")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The caller's roles do not allow this")
@RolesAllowed({Roles.ADMIN, Roles.ISSUER, Roles.REPORTER, Roles.REVIEWER, Roles.READER})
public class DocumentGraphResource {

    private final DocumentGraphService service;

    DocumentGraphResource(DocumentGraphService service) {
        this.service = service;
    }

    @GET
    @Path("/graph")
    @Operation(operationId = "getDocumentGraph",
            summary = "What a directive or plan rests on and what rests on it, across directives and plans, transitively",
            description = "The document is named by its symbol (tolerant of spelling) and, when the number was reused, "
                    + "the year. What rests on 21-NQ/TW: 07-KH/TW, 48-CTr/TU, 68-KH/HU…; what 68-KH/HU rests on: "
                    + "48-CTr/TU, 07-KH/TW, up to 21-NQ/TW. Draft directives never appear; plans appear once issued. "
                    + "Each document appears once, at its nearest depth; cycles end there.")
    @APIResponse(responseCode = "200", description = "The graph",
            content = @Content(schema = @Schema(implementation = DocumentGraphResponse.class)))
    @APIResponse(responseCode = "400", description = "Not a document symbol, or an invalid direction, year or depth")
    @APIResponse(responseCode = "404", description = "No published directive or issued plan has this symbol")
    @APIResponse(responseCode = "409", description = "Several documents share the symbol: give the year")
    public DocumentGraphResponse graph(
            @Parameter(description = "Symbol of the document to start from, spelling tolerated", example = "68-KH/HU")
            @QueryParam("symbol") @NotBlank String symbol,
            @Parameter(description = "Year of issue, when the number was reused", example = "2023")
            @QueryParam("year") Integer year,
            @Parameter(description = "DEPENDS_ON (what it rests on), DEPENDENTS (what rests on it) or BOTH",
                    example = "BOTH") @QueryParam("direction") DocumentGraphService.GraphDirection direction,
            @Parameter(description = "How many references to follow each way, 1 to " + DocumentGraphService.MAX_DEPTH
                    + "; default " + DocumentGraphService.DEFAULT_DEPTH,
                    example = "10") @QueryParam("depth") @Min(1) @Max(DocumentGraphService.MAX_DEPTH) Integer depth) {
        return DocumentGraphMapper.toResponse(service.graph(symbol, year, direction,
                depth == null ? DocumentGraphService.DEFAULT_DEPTH : depth));
    }
}
