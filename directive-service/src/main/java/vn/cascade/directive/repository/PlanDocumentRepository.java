package vn.cascade.directive.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.cascade.directive.domain.PlanDocument;

@ApplicationScoped
public class PlanDocumentRepository implements PanacheRepositoryBase<PlanDocument, UUID> {

    public List<PlanDocument> findBySymbol(String symbolKey) {
        return list("symbolKey = ?1 order by issueDate desc", symbolKey);
    }

    /**
     * Points unresolved plan references naming this document (a plan or a directive) at it: those giving its issue
     * date, and those giving none when no other plan or directive shares its symbol.
     */
    public int resolveReferencesTo(UUID id, String symbolKey, LocalDate issueDate) {
        return getEntityManager().createNativeQuery("""
                UPDATE plan_reference SET target_document_id = :id
                WHERE target_document_id IS NULL AND target_symbol_key = :key
                  AND (target_issue_date = :date
                       OR (target_issue_date IS NULL
                           AND NOT EXISTS (SELECT 1 FROM plan_document p WHERE p.symbol_key = :key AND p.plan_id <> :id)
                           AND NOT EXISTS (SELECT 1 FROM directive d WHERE d.symbol_key = :key AND d.id <> :id)))""")
                .setParameter("id", id)
                .setParameter("key", symbolKey)
                .setParameter("date", issueDate)
                .executeUpdate();
    }
}
