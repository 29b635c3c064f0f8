package vn.cascade.plan.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cascade.common.security.Roles;
import vn.cascade.plan.rest.dto.PlanImportResponse;
import vn.cascade.plan.rest.dto.PlanResponse;
import vn.cascade.plan.rest.mapping.PlanMapper;
import vn.cascade.plan.service.PlanImportService;
import vn.cascade.reader.DocumentBody;
import vn.cascade.reader.ImportGate;

@Path("/api/v1/plans/import")
@Tag(name = "Plans")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The caller's role or organisation does not allow this")
public class PlanImportResource {

    public static final String DOCX = DocumentBody.DOCX;

    private final PlanImportService service;

    PlanImportResource(PlanImportService service) {
        this.service = service;
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, DOCX})
    @RolesAllowed({Roles.ADMIN, Roles.ISSUER})
    @Operation(operationId = "importPlan", summary = "Draft a plan from its document (plain text or .docx)",
            description = "Reads the header, the documents implemented, purposes and requirements, targets, tasks with "
                    + "their units and timeframes, the reporting clause, recipients and signer, and drafts the plan for "
                    + "a clerk to check. Names are matched to registered organisations; unmatched units stay as names. "
                    + "Targets name the indicator catalogue's codes (an alias stored as the catalogue's own); a target "
                    + "whose indicator the catalogue does not know keeps its words with no indicatorCode, and a warning "
                    + "asks the clerk to pick or create its indicator.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING),
                    example = "HUYỆN ỦY VĨNH LINH\nSố 68 - KH/HU\nVĩnh Linh, ngày 9 tháng 01 năm 2023\nKẾ HOẠCH\n…"),
            @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "201", description = "Drafted",
            content = @Content(schema = @Schema(implementation = PlanImportResponse.class)))
    @APIResponse(responseCode = "400", description = "Empty body, text that is not UTF-8, a .docx that is not one, or a draft the service rejects")
    @APIResponse(responseCode = "409", description = "A plan with this symbol and date exists")
    @APIResponse(responseCode = "413", description = "Larger than 10 MB, or over a limit of the reader (2,000,000 characters, 100,000 lines, 50,000 table cells, a .docx part inflating over 100× or past 50 MB): the problem names which")
    @APIResponse(responseCode = "415", description = "Neither text/plain nor .docx")
    @APIResponse(responseCode = "422", description = "No registered issuing organisation named or given (a document with a header only becomes a draft with a warning)")
    @APIResponse(responseCode = "429", description = "The caller already has an import running (one at a time per caller): try again after the Retry-After seconds",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)))
    public Response importPlan(byte[] body,
            @Parameter(description = "The document's media type: .docx, or plain UTF-8 text")
            @HeaderParam("Content-Type") String contentType,
            @Parameter(description = "The issuer, when the document does not name a registered organisation", example = "HU-VINHLINH")
            @QueryParam("issuingOrganizationCode") String issuingOrganizationCode, UriInfo uri) {
        try (ImportGate.Ticket ignored = service.enter()) {
            String text = DocumentBody.text(body, contentType);
            PlanImportService.Imported imported = service.importText(text, issuingOrganizationCode);
            PlanResponse plan = PlanMapper.toResponse(imported.plan());
            return Response.created(uri.getBaseUriBuilder().path("api/v1/plans").path(plan.id().toString()).build())
                    .entity(new PlanImportResponse(plan, imported.warnings())).build();
        }
    }
}
