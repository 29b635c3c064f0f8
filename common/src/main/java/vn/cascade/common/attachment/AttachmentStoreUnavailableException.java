package vn.cascade.common.attachment;

/**
 * The store that keeps attachments' bytes did not answer (an S3-compatible bucket unreachable, refusing the key, out
 * of service). The caller gets a 503 problem to retry later; nothing was recorded.
 */
public class AttachmentStoreUnavailableException extends RuntimeException {

    public AttachmentStoreUnavailableException(String store, Throwable cause) {
        super("The attachment store " + store + " did not answer: " + cause.getMessage(), cause);
    }
}
