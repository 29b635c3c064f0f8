package vn.cascade.directive.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cascade.common.attachment.Attachment;
import vn.cascade.common.attachment.AttachmentApi;
import vn.cascade.common.attachment.AttachmentContent;
import vn.cascade.common.attachment.AttachmentKind;
import vn.cascade.common.attachment.AttachmentResponses;
import vn.cascade.common.attachment.AttachmentUpload;
import vn.cascade.common.idempotency.Idempotent;
import vn.cascade.common.security.Roles;
import vn.cascade.directive.service.DirectiveAttachments;

@Path("/api/v1/directives/{id}/attachments")
@Tag(name = "Directives")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The caller's role or organisation does not allow this")
@RolesAllowed({Roles.ADMIN, Roles.ISSUER, Roles.REPORTER, Roles.REVIEWER, Roles.READER})
public class DirectiveAttachmentResource {

    private final DirectiveAttachments attachments;

    DirectiveAttachmentResource(DirectiveAttachments attachments) {
        this.attachments = attachments;
    }

    @GET
    @Operation(operationId = "listDirectiveAttachments", summary = "The files attached to a directive",
            description = AttachmentApi.LIST + "Whoever reads the directive reads its attachments.")
    @APIResponse(responseCode = "200", description = "The attachments",
            content = @Content(schema = @Schema(implementation = Attachment.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such directive visible to the caller")
    public List<Attachment> list(@PathParam("id") UUID id) {
        return attachments.list(id);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADMIN, Roles.ISSUER})
    @Idempotent
    @Operation(operationId = "uploadDirectiveAttachment", summary = "Attach a file to a directive (its issuer)",
            description = AttachmentApi.UPLOAD + "One signed original per directive: delete it to replace it."
                    + AttachmentApi.UPLOAD_RETRY)
    @RequestBody(required = true, description = AttachmentApi.BODY, content = {
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = AttachmentContent.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = AttachmentContent.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = AttachmentContent.PNG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = AttachmentContent.JPEG, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "201", description = AttachmentApi.CREATED,
            content = @Content(schema = @Schema(implementation = Attachment.class)))
    @APIResponse(responseCode = "400", description = AttachmentApi.BAD_FILE)
    @APIResponse(responseCode = "404", description = "No such directive visible to the caller")
    @APIResponse(responseCode = "409", description = "The directive has its signed original already")
    @APIResponse(responseCode = "413", description = AttachmentApi.TOO_LARGE)
    @APIResponse(responseCode = "415", description = AttachmentApi.NOT_A_DOCUMENT)
    @APIResponse(responseCode = "503", description = AttachmentApi.STORE_UNAVAILABLE)
    public Response upload(@PathParam("id") UUID id,
            @Parameter(description = AttachmentApi.FILE_NAME, required = true, example = "58-QĐ-TW ký.pdf")
            @QueryParam("fileName") String fileName,
            @Parameter(description = "SIGNED_ORIGINAL (one per directive) or ANNEX (the default)", example = AttachmentApi.KIND_EXAMPLE)
            @QueryParam("kind") AttachmentKind kind,
            AttachmentUpload body, UriInfo uri, @HeaderParam(Idempotent.HEADER) String idempotencyKey) {
        return AttachmentResponses.created(uri, attachments.upload(id, kind, fileName, body));
    }

    @GET
    @Path("/{attachmentId}")
    @Produces({MediaType.APPLICATION_OCTET_STREAM, AttachmentContent.PDF, AttachmentContent.DOCX,
            AttachmentContent.PNG, AttachmentContent.JPEG, MediaType.APPLICATION_JSON})
    @Operation(operationId = "downloadDirectiveAttachment", summary = "Download a file attached to a directive",
            description = AttachmentApi.DOWNLOAD)
    @APIResponse(responseCode = "200", description = AttachmentApi.DOWNLOADED,
            headers = {
                    @Header(name = AttachmentResponses.REPR_DIGEST, description = AttachmentApi.REPR_DIGEST,
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = AttachmentResponses.DIGEST, description = AttachmentApi.DIGEST,
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Content-Disposition", description = AttachmentApi.DISPOSITION,
                            schema = @Schema(type = SchemaType.STRING))},
            content = {
                    @Content(mediaType = AttachmentContent.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = AttachmentContent.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = AttachmentContent.PNG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = AttachmentContent.JPEG, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "No such directive visible to the caller, or no such attachment of it")
    @APIResponse(responseCode = "500", description = AttachmentApi.CORRUPTED)
    @APIResponse(responseCode = "503", description = AttachmentApi.STORE_UNAVAILABLE)
    public Response download(@PathParam("id") UUID id,
            @Parameter(description = AttachmentApi.ATTACHMENT_ID, example = AttachmentApi.ATTACHMENT_ID_EXAMPLE)
            @PathParam("attachmentId") UUID attachmentId) {
        return AttachmentResponses.download(attachments.download(id, attachmentId));
    }

    @DELETE
    @Path("/{attachmentId}")
    @RolesAllowed({Roles.ADMIN, Roles.ISSUER})
    @Operation(operationId = "deleteDirectiveAttachment", summary = "Remove a file attached to a directive (its issuer)",
            description = AttachmentApi.DELETE)
    @APIResponse(responseCode = "204", description = AttachmentApi.DELETED)
    @APIResponse(responseCode = "404", description = "No such directive visible to the caller, or no such attachment of it")
    @APIResponse(responseCode = "503", description = AttachmentApi.STORE_UNAVAILABLE)
    public void delete(@PathParam("id") UUID id,
            @Parameter(description = AttachmentApi.ATTACHMENT_ID, example = AttachmentApi.ATTACHMENT_ID_EXAMPLE)
            @PathParam("attachmentId") UUID attachmentId) {
        attachments.delete(id, attachmentId);
    }
}
