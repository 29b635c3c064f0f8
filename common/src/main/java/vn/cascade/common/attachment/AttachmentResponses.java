package vn.cascade.common.attachment;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.cascade.common.problem.ProblemMappers;
import vn.cascade.common.problem.ProblemType;

/** The HTTP side of attachments, shared by the three services' resources. */
public class AttachmentResponses {

    /** RFC 9530: the digest of the representation sent, {@code sha-256=:<base64>:}. */
    public static final String REPR_DIGEST = "Repr-Digest";
    /** RFC 3230, for clients that predate RFC 9530: {@code sha-256=<base64>}. */
    public static final String DIGEST = "Digest";

    /** 201 with the new attachment's address (its download) and its description. */
    public static Response created(UriInfo uri, Attachment attachment) {
        return Response.created(uri.getAbsolutePathBuilder().path(attachment.id().toString()).build())
                .entity(attachment).build();
    }

    /** The verified bytes, with their type, name and digest; never sniffed by a browser, always saved. */
    public static Response download(Attachments.Download download) {
        Attachment attachment = download.attachment();
        String base64 = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(attachment.sha256()));
        return Response.ok(download.content(), attachment.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(attachment.fileName()))
                .header(REPR_DIGEST, "sha-256=:" + base64 + ":")
                .header(DIGEST, "sha-256=" + base64)
                .tag(new EntityTag(attachment.sha256()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    /** RFC 6266: an ASCII fallback for old clients and the exact UTF-8 name (RFC 8187) for the others. */
    static String contentDisposition(String fileName) {
        StringBuilder ascii = new StringBuilder();
        fileName.codePoints().forEach(c -> ascii.append(c < 0x20 || c > 0x7E || c == '"' || c == '\\' ? '_' : (char) c));
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    /** Content that fails its digest is a server fault, answered with a problem instead of the altered bytes. */
    @ServerExceptionMapper
    public Response corrupted(CorruptedAttachmentException e, UriInfo uri) {
        return ProblemMappers.respond(ProblemType.INTEGRITY,
                ProblemMappers.text("attachment.corrupted", e.attachmentId()), List.of(), uri);
    }

    /** A store that does not answer is a temporary fault: 503, to retry; nothing was recorded. */
    @ServerExceptionMapper
    public Response storeUnavailable(AttachmentStoreUnavailableException e, UriInfo uri) {
        return Response.fromResponse(ProblemMappers.respond(ProblemType.UNAVAILABLE,
                ProblemMappers.text("attachment.store-unavailable"), List.of(), uri))
                .header("Retry-After", "30").build();
    }
}
