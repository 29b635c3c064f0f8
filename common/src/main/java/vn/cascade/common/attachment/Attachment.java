package vn.cascade.common.attachment;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A file attached to a directive, plan or report, as listed: what it is, who put it there, and its digest. */
@Schema(name = "Attachment", description = "A file attached to a document; its content is downloaded from its own address")
public record Attachment(
        @Schema(example = "5f0c2a8e-3b8d-4a53-9a57-0d4c3f1e2b7a") UUID id,
        @Schema(description = "The directive, plan or report it belongs to") UUID documentId,
        @Schema(example = "SIGNED_ORIGINAL") AttachmentKind kind,
        @Schema(description = "The name given at upload (NFC), without any path", example = "68-KH-HU ký.pdf")
        String fileName,
        @Schema(description = "The media type read from the content itself, not from the name or the declared type",
                example = "application/pdf") String mediaType,
        @Schema(description = "Size in bytes", example = "482133") long size,
        @Schema(description = "SHA-256 of the content, lowercase hex; the download carries it as Repr-Digest and "
                + "refuses to serve content that no longer matches it",
                example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
        @Schema(example = "nguyen.van.a") String uploadedBy,
        OffsetDateTime uploadedAt) {
}
