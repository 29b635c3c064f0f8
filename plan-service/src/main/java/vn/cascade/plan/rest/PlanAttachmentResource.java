package vn.cascade.plan.rest;

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
import vn.cascade.common.attachment.AttachmentContent;
import vn.cascade.common.attachment.AttachmentKind;
import vn.cascade.common.attachment.AttachmentResponses;
import vn.cascade.common.attachment.AttachmentUpload;
import vn.cascade.common.idempotency.Idempotent;
import vn.cascade.common.security.Roles;
import vn.cascade.plan.service.PlanAttachments;

@Path("/api/v1/plans/{id}/attachments")
@Tag(name = "Plans")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The caller's role or organisation does not allow this")
@RolesAllowed({Roles.ADMIN, Roles.ISSUER, Roles.REPORTER, Roles.REVIEWER, Roles.READER})
public class PlanAttachmentResource {

    private final PlanAttachments attachments;

    PlanAttachmentResource(PlanAttachments attachments) {
        this.attachments = attachments;
    }

    @GET
    @Operation(operationId = "listPlanAttachments", summary = "The files attached to a plan",
            description = "The signed original first, then the annexes in the order they came, each with its SHA-256. "
                    + "Whoever reads the plan reads its attachments.")
    @APIResponse(responseCode = "200", description = "The attachments",
            content = @Content(schema = @Schema(implementation = Attachment.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No such plan visible to the caller")
    public List<Attachment> list(@PathParam("id") UUID id) {
        return attachments.list(id);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADMIN, Roles.ISSUER})
    @Idempotent
    @Operation(operationId = "uploadPlanAttachment", summary = "Attach a file to a plan (its issuer)",
            description = "The body is the file itself (not multipart). What it is comes from its bytes, never from "
                    + "its name or Content-Type: a PDF, a .docx (a ZIP holding word/document.xml), a PNG or a JPEG, "
                    + "at most cascade.attachments.max-size (20 MB by default). One signed original per plan: "
                    + "delete it to replace it. A retry with the same Idempotency-Key gets the first answer again.")
    @RequestBody(required = true, description = "The file's bytes", content = {
            @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = AttachmentContent.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = AttachmentContent.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = AttachmentContent.PNG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = AttachmentContent.JPEG, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "201", description = "Attached; Location is its download",
            content = @Content(schema = @Schema(implementation = Attachment.class)))
    @APIResponse(responseCode = "400", description = "Empty file, or no file name, or a name with path parts (/, \\, C:, ..)")
    @APIResponse(responseCode = "404", description = "No such plan visible to the caller")
    @APIResponse(responseCode = "409", description = "The plan has its signed original already")
    @APIResponse(responseCode = "413", description = "Larger than the configured limit (20 MB by default)")
    @APIResponse(responseCode = "415", description = "The content is not a PDF, .docx, PNG or JPEG, whatever its name")
    public Response upload(@PathParam("id") UUID id,
            @Parameter(description = "The file's name as it will be downloaded; a plain name, no folders",
                    required = true, example = "68-KH-HU ký.pdf") @QueryParam("fileName") String fileName,
            @Parameter(description = "SIGNED_ORIGINAL (one per plan) or ANNEX (the default)", example = "SIGNED_ORIGINAL")
            @QueryParam("kind") AttachmentKind kind,
            AttachmentUpload body, UriInfo uri, @HeaderParam(Idempotent.HEADER) String idempotencyKey) {
        return AttachmentResponses.created(uri, attachments.upload(id, kind, fileName, body));
    }

    @GET
    @Path("/{attachmentId}")
    @Produces({MediaType.APPLICATION_OCTET_STREAM, AttachmentContent.PDF, AttachmentContent.DOCX,
            AttachmentContent.PNG, AttachmentContent.JPEG, MediaType.APPLICATION_JSON})
    @Operation(operationId = "downloadPlanAttachment", summary = "Download a file attached to a plan",
            description = "The bytes as uploaded, after their SHA-256 is checked against the one recorded at upload "
                    + "(sent as Repr-Digest and Digest): content that no longer matches is refused with a problem "
                    + "(500, type integrity), never served altered.")
    @APIResponse(responseCode = "200", description = "The file, with its media type as read at upload",
            headers = {
                    @Header(name = AttachmentResponses.REPR_DIGEST, description = "RFC 9530: sha-256=:<base64>:",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = AttachmentResponses.DIGEST, description = "RFC 3230: sha-256=<base64>",
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Content-Disposition", description = "attachment, with the name given at upload",
                            schema = @Schema(type = SchemaType.STRING))},
            content = {
                    @Content(mediaType = AttachmentContent.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = AttachmentContent.DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = AttachmentContent.PNG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = AttachmentContent.JPEG, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "No such plan visible to the caller, or no such attachment of it")
    @APIResponse(responseCode = "500", description = "The stored content failed its integrity check (problem type integrity)")
    public Response download(@PathParam("id") UUID id, @Parameter(description = "The attachment, as listed", example = "5f0c2a8e-3b8d-4a53-9a57-0d4c3f1e2b7a")
            @PathParam("attachmentId") UUID attachmentId) {
        return AttachmentResponses.download(attachments.download(id, attachmentId));
    }

    @DELETE
    @Path("/{attachmentId}")
    @RolesAllowed({Roles.ADMIN, Roles.ISSUER})
    @Operation(operationId = "deletePlanAttachment", summary = "Remove a file attached to a plan (its issuer)",
            description = "The description and the bytes go together; the deletion is in the audit trail. To replace a "
                    + "signed original, delete it and upload the new one.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such plan visible to the caller, or no such attachment of it")
    public void delete(@PathParam("id") UUID id, @Parameter(description = "The attachment, as listed", example = "5f0c2a8e-3b8d-4a53-9a57-0d4c3f1e2b7a")
            @PathParam("attachmentId") UUID attachmentId) {
        attachments.delete(id, attachmentId);
    }
}
