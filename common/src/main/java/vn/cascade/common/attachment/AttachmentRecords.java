package vn.cascade.common.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.cascade.common.persistence.SqlValues;

/** The descriptions of attachments (table {@code attachment}, created by each service's own migration). */
@ApplicationScoped
public class AttachmentRecords {

    private static final String COLUMNS = "id, document_id, kind, file_name, media_type, size_bytes, sha256, "
            + "uploaded_by, uploaded_at";

    private final EntityManager entityManager;

    AttachmentRecords(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The signed original first, then annexes in the order they came. */
    public List<Attachment> ofDocument(UUID documentId) {
        List<?> rows = entityManager.createNativeQuery("SELECT " + COLUMNS + " FROM attachment WHERE document_id = :d "
                        + "ORDER BY kind = 'SIGNED_ORIGINAL' DESC, uploaded_at, id")
                .setParameter("d", documentId)
                .getResultList();
        return rows.stream().map(row -> attachment((Object[]) row)).toList();
    }

    public Optional<Attachment> find(UUID documentId, UUID attachmentId) {
        List<?> rows = entityManager.createNativeQuery("SELECT " + COLUMNS + " FROM attachment "
                        + "WHERE document_id = :d AND id = :id")
                .setParameter("d", documentId)
                .setParameter("id", attachmentId)
                .getResultList();
        return rows.stream().findFirst().map(row -> attachment((Object[]) row));
    }

    public boolean hasSignedOriginal(UUID documentId) {
        return !entityManager.createNativeQuery("SELECT 1 FROM attachment WHERE document_id = :d "
                        + "AND kind = 'SIGNED_ORIGINAL'")
                .setParameter("d", documentId)
                .getResultList().isEmpty();
    }

    public void insert(Attachment attachment, String storage) {
        entityManager.createNativeQuery("INSERT INTO attachment (" + COLUMNS + ", storage) VALUES (:id, :d, :kind, "
                        + ":name, :type, :size, :sha, :by, :at, :storage)")
                .setParameter("id", attachment.id())
                .setParameter("d", attachment.documentId())
                .setParameter("kind", attachment.kind().name())
                .setParameter("name", attachment.fileName())
                .setParameter("type", attachment.mediaType())
                .setParameter("size", attachment.size())
                .setParameter("sha", attachment.sha256())
                .setParameter("by", attachment.uploadedBy())
                .setParameter("at", attachment.uploadedAt())
                .setParameter("storage", storage)
                .executeUpdate();
    }

    public void delete(UUID attachmentId) {
        entityManager.createNativeQuery("DELETE FROM attachment WHERE id = :id")
                .setParameter("id", attachmentId)
                .executeUpdate();
    }

    private static Attachment attachment(Object[] row) {
        return new Attachment((UUID) row[0], (UUID) row[1], AttachmentKind.valueOf((String) row[2]), (String) row[3],
                (String) row[4], ((Number) row[5]).longValue(), ((String) row[6]).strip(), (String) row[7],
                SqlValues.offsetDateTime(row[8]));
    }
}
