package vn.cascade.directive.rest;

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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cascade.common.security.Roles;
import vn.cascade.directive.rest.dto.DirectiveImportResponse;
import vn.cascade.directive.rest.dto.DirectiveResponse;
import vn.cascade.directive.rest.mapping.DirectiveMapper;
import vn.cascade.directive.service.DirectiveImportService;
import vn.cascade.reader.DocumentBody;
import vn.cascade.reader.ImportGate;

@Path("/api/v1/directives/import")
@Tag(name = "Directives")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The caller's role or organisation does not allow this")
public class DirectiveImportResource {

    private final DirectiveImportService service;

    DirectiveImportResource(DirectiveImportService service) {
        this.service = service;
    }

    @POST
    @Consumes({MediaType.TEXT_PLAIN, DocumentBody.DOCX})
    @RolesAllowed({Roles.ADMIN, Roles.ISSUER})
    @Operation(operationId = "importDirective",
            summary = "Draft a resolution, conclusion or instruction from its document (plain text or .docx)",
            description = "Reads the letterhead or the lead of a news repost (number and symbol, Party or State form; "
                    + "date; place; type NGHỊ QUYẾT, KẾT LUẬN or CHỈ THỊ; title), the issuer (matched to a registered "
                    + "organisation, or given), the documents named in its opening, and its targets, keeps the text as "
                    + "the body, and drafts the directive through the same path as POST /api/v1/directives (same roles "
                    + "and scope; the draft is an ordinary directive in DRAFT for a clerk to check, update and publish). "
                    + "Every warning names the source line of what could not be placed. One import per caller at a time.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "resolution", summary = "A provincial resolution's letterhead",
                            value = "TỈNH ỦY NINH THUẬN\nSố 10-NQ/TU\nNinh Thuận, ngày 14 tháng 11 năm 2016\nNGHỊ QUYẾT\n"
                                    + "về huy động nguồn lực, ưu tiên đầu tư xây dựng kết cấu hạ tầng cấp thiết\n…")),
            @Content(mediaType = DocumentBody.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "201", description = "Drafted",
            content = @Content(schema = @Schema(implementation = DirectiveImportResponse.class)))
    @APIResponse(responseCode = "400", description = "Empty body, text that is not UTF-8, a .docx that is not one, or a draft the service rejects")
    @APIResponse(responseCode = "409", description = "A directive with this symbol and date exists")
    @APIResponse(responseCode = "413", description = "Larger than 10 MB, or over a limit of the reader (2,000,000 characters, 100,000 lines, 50,000 table cells, a .docx part inflating over 100× or past 50 MB): the problem names which")
    @APIResponse(responseCode = "415", description = "Neither text/plain nor .docx")
    @APIResponse(responseCode = "422", description = "The document gives no symbol, no issue date or no registered issuer (a directive draft needs all three: the problem's errors name what is missing), or is not a resolution, conclusion or instruction")
    @APIResponse(responseCode = "429", description = "The caller already has an import running (one at a time per caller): try again after the Retry-After seconds",
            headers = @Header(name = "Retry-After", description = "Seconds to wait", schema = @Schema(type = SchemaType.INTEGER)))
    public Response importDirective(byte[] body,
            @Parameter(description = "The document's media type: .docx, or plain UTF-8 text")
            @HeaderParam("Content-Type") String contentType,
            @Parameter(description = "The issuer, when the document does not name a registered organisation", example = "TU-NINHTHUAN")
            @QueryParam("issuingOrganizationCode") String issuingOrganizationCode, UriInfo uri) {
        try (ImportGate.Ticket ignored = service.enter()) {
            String text = DocumentBody.text(body, contentType);
            DirectiveImportService.Imported imported = service.importText(text, issuingOrganizationCode);
            DirectiveResponse directive = DirectiveMapper.toResponse(imported.directive());
            return Response.created(uri.getBaseUriBuilder().path("api/v1/directives").path(directive.id().toString()).build())
                    .entity(new DirectiveImportResponse(directive, imported.warnings())).build();
        }
    }
}
