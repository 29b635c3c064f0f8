package vn.cascade.common.attachment;

import java.util.UUID;

/** Stored content that no longer matches the digest recorded at upload, or has gone: never served. */
public class CorruptedAttachmentException extends RuntimeException {

    private final UUID attachmentId;

    public CorruptedAttachmentException(UUID attachmentId) {
        super("Attachment " + attachmentId + " failed its integrity check");
        this.attachmentId = attachmentId;
    }

    public UUID attachmentId() {
        return attachmentId;
    }
}
