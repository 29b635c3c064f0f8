package vn.cascade.common.attachment;

import java.util.Optional;
import java.util.UUID;

/**
 * Where the bytes of attachments live, apart from their description (which stays in the service's database):
 * {@link DatabaseAttachmentStore}, the service's own PostgreSQL and nothing more to run, unless
 * {@code cascade.attachments.store=s3} chooses {@link S3AttachmentStore} ({@link AttachmentStores} decides at
 * startup). Calls run inside the transaction that records or removes the description, so a store that cannot take
 * part in it must write before and delete after that transaction commits, and remove what it wrote for a
 * transaction that rolls back.
 */
public interface AttachmentStore {

    /** Keeps the content under the attachment's id. */
    void put(UUID attachmentId, byte[] content);

    /** The content kept under the id, if any. */
    Optional<byte[]> get(UUID attachmentId);

    /** Forgets the content; nothing happens when there is none. */
    void delete(UUID attachmentId);

    /** The name recorded with each attachment, saying where its bytes are ("postgresql", "s3"). */
    String name();

    /** Throws when the store cannot be reached now; the health check's question. */
    default void probe() {
    }
}
