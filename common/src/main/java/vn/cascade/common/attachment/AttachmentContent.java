package vn.cascade.common.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import vn.cascade.common.domain.DomainException;

/**
 * What an attachment is, read from its bytes alone: Apache Tika's magic-number detector names PDF, PNG and JPEG
 * (and ZIP); a ZIP is a .docx only if its central directory lists {@code [Content_Types].xml} and
 * {@code word/document.xml}. The directory is read without inflating anything, so a ZIP bomb costs nothing.
 * The name and the declared Content-Type are never consulted: a renamed executable is refused.
 */
public final class AttachmentContent {

    public static final String PDF = "application/pdf";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final Set<String> DIRECT = Set.of(PDF, PNG, JPEG);
    private static final Set<String> ZIP_FAMILY = Set.of("application/zip", "application/x-tika-ooxml",
            "application/x-tika-msoffice", DOCX);
    private static final MimeTypes DETECTOR = MimeTypes.getDefaultMimeTypes();

    private AttachmentContent() {
    }

    /**
     * The media type of the content, one of {@link #PDF}, {@link #DOCX}, {@link #PNG}, {@link #JPEG}.
     *
     * @throws DomainException UNSUPPORTED_CONTENT naming what the content is instead
     */
    public static String mediaTypeOf(byte[] content) {
        String detected = detect(content);
        if (DIRECT.contains(detected)) {
            return detected;
        }
        if (ZIP_FAMILY.contains(detected) && isWordDocument(content)) {
            return DOCX;
        }
        throw new DomainException(DomainException.Kind.UNSUPPORTED_CONTENT,
                "The content is " + detected + ": attach a PDF, a .docx, a PNG or a JPEG")
                .localized("attachment.unsupported-content", detected);
    }

    private static String detect(byte[] content) {
        try {
            MediaType type = DETECTOR.detect(new ByteArrayInputStream(content), new Metadata());
            return type.getBaseType().toString();
        } catch (IOException e) {
            throw new IllegalStateException("Reading bytes in memory cannot fail", e);
        }
    }

    /** A .docx: a ZIP whose central directory names the Word main part and the content types part. */
    static boolean isWordDocument(byte[] zip) {
        Set<String> names = centralDirectoryNames(zip);
        return names.contains("word/document.xml") && names.contains("[Content_Types].xml");
    }

    /** The entry names of a ZIP's central directory; empty when the bytes hold none that reads consistently. */
    static Set<String> centralDirectoryNames(byte[] zip) {
        ByteBuffer bytes = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = endOfCentralDirectory(bytes);
        Set<String> names = new HashSet<>();
        if (end < 0) {
            return names;
        }
        int entries = Short.toUnsignedInt(bytes.getShort(end + 10));
        long offset = Integer.toUnsignedLong(bytes.getInt(end + 16));
        int at = (int) Math.min(offset, Integer.MAX_VALUE);
        for (int i = 0; i < entries; i++) {
            if (at < 0 || at + 46 > zip.length || bytes.getInt(at) != 0x02014b50) {
                return Set.of();
            }
            int nameLength = Short.toUnsignedInt(bytes.getShort(at + 28));
            int extraLength = Short.toUnsignedInt(bytes.getShort(at + 30));
            int commentLength = Short.toUnsignedInt(bytes.getShort(at + 32));
            if (at + 46 + nameLength > zip.length) {
                return Set.of();
            }
            names.add(new String(zip, at + 46, nameLength, StandardCharsets.UTF_8));
            at += 46 + nameLength + extraLength + commentLength;
        }
        return names;
    }

    /** The end-of-central-directory record, searched backwards over its 22 bytes and a comment of up to 64 KB. */
    private static int endOfCentralDirectory(ByteBuffer bytes) {
        int last = bytes.capacity() - 22;
        for (int at = last; at >= 0 && at >= last - 0xFFFF; at--) {
            if (bytes.getInt(at) == 0x06054b50) {
                return at;
            }
        }
        return -1;
    }
}
