package vn.cascade.common.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Attachments in the service's own PostgreSQL (table {@code attachment_content}, one {@code bytea} per file, stored
 * uncompressed: PDF, .docx, PNG and JPEG are compressed already). Written and removed in the transaction of the
 * description, so the two never disagree. The default store ({@link AttachmentStores}).
 */
@ApplicationScoped
@Typed(DatabaseAttachmentStore.class)
public class DatabaseAttachmentStore implements AttachmentStore {

    private final EntityManager entityManager;

    DatabaseAttachmentStore(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void put(UUID attachmentId, byte[] content) {
        entityManager.createNativeQuery("INSERT INTO attachment_content (attachment_id, content) VALUES (:id, :content)")
                .setParameter("id", attachmentId)
                .setParameter("content", content)
                .executeUpdate();
    }

    @Override
    public Optional<byte[]> get(UUID attachmentId) {
        List<?> rows = entityManager.createNativeQuery("SELECT content FROM attachment_content WHERE attachment_id = :id")
                .setParameter("id", attachmentId)
                .getResultList();
        return rows.stream().findFirst().map(byte[].class::cast);
    }

    @Override
    public void delete(UUID attachmentId) {
        entityManager.createNativeQuery("DELETE FROM attachment_content WHERE attachment_id = :id")
                .setParameter("id", attachmentId)
                .executeUpdate();
    }

    @Override
    public String name() {
        return "postgresql";
    }
}
