package vn.cascade.directive.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import vn.cascade.common.documents.ReferenceKind;
import vn.cascade.directive.domain.ReferenceEdge;

/** The references between documents, directives and plans alike (the view {@code document_reference}). */
@ApplicationScoped
public class DocumentGraphRepository {

    private final EntityManager entityManager;

    DocumentGraphRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** What these documents name. */
    public List<ReferenceEdge> from(Collection<UUID> sourceIds) {
        return edges("source_id", sourceIds);
    }

    /** What names these documents. */
    public List<ReferenceEdge> to(Collection<UUID> targetIds) {
        return edges("target_id", targetIds);
    }

    private List<ReferenceEdge> edges(String column, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "SELECT DISTINCT source_id, kind, target_id, target_symbol, target_issue_date FROM document_reference WHERE "
                                + column + " IN (:ids) ORDER BY source_id, kind, target_symbol")
                .setParameter("ids", ids).getResultList();
        return rows.stream().map(row -> new ReferenceEdge((UUID) row[0], ReferenceKind.valueOf((String) row[1]), (UUID) row[2],
                (String) row[3], row[4] == null ? null : toLocalDate(row[4]))).toList();
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
