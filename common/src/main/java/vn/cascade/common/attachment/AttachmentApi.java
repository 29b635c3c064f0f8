package vn.cascade.common.attachment;

/**
 * The OpenAPI wording every attachment resource shares (a directive's, a plan's, a report's), written once so that
 * the three describe uploads, downloads and refusals alike. Annotation values must be constants: what names the
 * document (operation ids, summaries, "one signed original per …", the 404s) stays in each resource.
 */
public final class AttachmentApi {

    /** The list's order, before the resource's "Whoever reads the … reads its attachments." */
    public static final String LIST = "The signed original first, then the annexes in the order they came, each with "
            + "its SHA-256. ";

    /** What an upload takes, before the resource's "One signed original per …: delete it to replace it." */
    public static final String UPLOAD = "The body is the file itself (not multipart). What it is comes from its bytes, "
            + "never from its name or Content-Type: a PDF, a .docx (a ZIP holding word/document.xml), a PNG or a JPEG, "
            + "at most cascade.attachments.max-size (20 MB by default). ";
    /** After the resource's sentence on the signed original. */
    public static final String UPLOAD_RETRY = " A retry with the same Idempotency-Key gets the first answer again.";
    public static final String BODY = "The file's bytes";
    public static final String FILE_NAME = "The file's name as it will be downloaded; a plain name, no folders";
    public static final String CREATED = "Attached; Location is its download";
    public static final String BAD_FILE = "Empty file, or no file name, or a name with path parts (/, \\, C:, ..)";
    public static final String TOO_LARGE = "Larger than the configured limit (20 MB by default)";
    public static final String NOT_A_DOCUMENT = "The content is not a PDF, .docx, PNG or JPEG, whatever its name";

    public static final String DOWNLOAD = "The bytes as uploaded, after their SHA-256 is checked against the one "
            + "recorded at upload (sent as Repr-Digest and Digest): content that no longer matches is refused with a "
            + "problem (500, type integrity), never served altered.";
    public static final String DOWNLOADED = "The file, with its media type as read at upload";
    public static final String REPR_DIGEST = "RFC 9530: sha-256=:<base64>:";
    public static final String DIGEST = "RFC 3230: sha-256=<base64>";
    public static final String DISPOSITION = "attachment, with the name given at upload";
    public static final String CORRUPTED = "The stored content failed its integrity check (problem type integrity)";

    public static final String STORE_UNAVAILABLE = "The attachment store (an S3-compatible bucket when configured) did "
            + "not answer; nothing was changed: retry after Retry-After (problem type unavailable)";

    public static final String DELETE = "The description and the bytes go together; the deletion is in the audit "
            + "trail. To replace a signed original, delete it and upload the new one.";
    public static final String DELETED = "Removed";

    public static final String ATTACHMENT_ID = "The attachment, as listed";
    public static final String ATTACHMENT_ID_EXAMPLE = "5f0c2a8e-3b8d-4a53-9a57-0d4c3f1e2b7a";
    public static final String KIND_EXAMPLE = "SIGNED_ORIGINAL";

    private AttachmentApi() {
    }
}
