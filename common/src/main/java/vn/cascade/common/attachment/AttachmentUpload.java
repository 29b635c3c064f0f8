package vn.cascade.common.attachment;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The body of an upload as received: its bytes (at most the configured size; see {@link AttachmentUploadReader}) and
 * their SHA-256. Serialised without the bytes, so that an Idempotency-Key compares uploads by digest.
 */
public record AttachmentUpload(@JsonIgnore byte[] content, long size, String sha256) {

    public static AttachmentUpload of(byte[] content) {
        return new AttachmentUpload(content, content.length, sha256(content));
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
