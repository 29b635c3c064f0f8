package vn.cascade.common.attachment;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.eclipse.microprofile.config.ConfigProvider;
import vn.cascade.common.problem.ProblemException;
import vn.cascade.common.problem.ProblemType;

/**
 * Reads an upload's body whatever its declared type (the content decides what it is), keeping at most
 * {@code cascade.attachments.max-size} bytes in memory: a larger body is refused with 413 once it passes the limit,
 * and the rest is read and dropped so that the client receives the problem rather than a broken connection.
 */
@Provider
@Consumes(MediaType.WILDCARD)
public class AttachmentUploadReader implements MessageBodyReader<AttachmentUpload> {

    static final String MAX_SIZE = "cascade.attachments.max-size";

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == AttachmentUpload.class;
    }

    @Override
    public AttachmentUpload readFrom(Class<AttachmentUpload> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        long max = maxSize();
        ByteArrayOutputStream kept = new ByteArrayOutputStream((int) Math.min(max, 64 * 1024));
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = body.read(buffer)) != -1) {
            if (total + read > max) {
                body.transferTo(java.io.OutputStream.nullOutputStream());
                throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "An attachment may not exceed " + max + " bytes")
                        .localized("attachment.too-large", humanSize(max));
            }
            kept.write(buffer, 0, read);
            total += read;
        }
        return AttachmentUpload.of(kept.toByteArray());
    }

    /** The largest attachment taken, from configuration (20 MB unless set). */
    public static long maxSize() {
        return ConfigProvider.getConfig().getOptionalValue(MAX_SIZE, MemorySize.class)
                .map(MemorySize::asLongValue).orElse(20L * 1024 * 1024);
    }

    /** 20 MB, 256 KB: as the limit is configured, for the people who read the problem. */
    public static String humanSize(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " B";
    }
}
