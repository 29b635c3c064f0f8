package vn.cascade.directive.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.cascade.common.paging.Page;
import vn.cascade.common.paging.Paging;
import vn.cascade.directive.domain.Directive;

@ApplicationScoped
public class DirectiveRepository implements PanacheRepositoryBase<Directive, UUID> {

    /** Filters of the directive list; null means "any". */
    public record Criteria(String words, String type, String status, String issuerPath, LocalDate from, LocalDate to,
            String draftsVisibleUnderPath) {
    }

    public Optional<Directive> findBySymbol(String symbolKey, LocalDate issueDate) {
        return find("symbolKey = ?1 and issueDate = ?2", symbolKey, issueDate).firstResultOptional();
    }

    public List<Directive> findBySymbol(String symbolKey) {
        return list("symbolKey = ?1 order by issueDate desc", symbolKey);
    }

    /** Newest first, then by id: a stable order for paging. */
    @SuppressWarnings("unchecked")
    public Page<Directive> search(Criteria criteria, Paging paging) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(
                " FROM directive d JOIN organization o ON o.id = d.issuing_organization_id WHERE true");
        if (criteria.words() != null && !criteria.words().isBlank()) {
            where.append(" AND to_tsvector('simple', d.search_text) @@ plainto_tsquery('simple', :words)");
            parameters.put("words", criteria.words());
        }
        if (criteria.type() != null) {
            where.append(" AND d.type = :type");
            parameters.put("type", criteria.type());
        }
        if (criteria.status() != null) {
            where.append(" AND d.status = :status");
            parameters.put("status", criteria.status());
        }
        if (criteria.issuerPath() != null) {
            where.append(" AND o.path LIKE :issuerPath");
            parameters.put("issuerPath", criteria.issuerPath() + "%");
        }
        if (criteria.from() != null) {
            where.append(" AND d.issue_date >= :from");
            parameters.put("from", criteria.from());
        }
        if (criteria.to() != null) {
            where.append(" AND d.issue_date <= :to");
            parameters.put("to", criteria.to());
        }
        if (criteria.draftsVisibleUnderPath() != null) {
            where.append(" AND (d.status <> 'DRAFT' OR o.path LIKE :draftsPath)");
            parameters.put("draftsPath", criteria.draftsVisibleUnderPath() + "%");
        }
        Query list = getEntityManager().createNativeQuery(
                "SELECT d.*" + where + " ORDER BY d.issue_date DESC, d.id LIMIT :limit OFFSET :offset", Directive.class);
        Query count = getEntityManager().createNativeQuery("SELECT count(*)" + where);
        parameters.forEach((name, value) -> {
            list.setParameter(name, value);
            count.setParameter(name, value);
        });
        list.setParameter("limit", paging.limit()).setParameter("offset", paging.offset());
        return new Page<>(list.getResultList(), ((Number) count.getSingleResult()).longValue(), paging);
    }

    /**
     * Points unresolved references naming this directive at it: those giving its issue date, and those
     * giving none when no other directive shares its symbol.
     */
    public int resolveReferencesTo(Directive directive) {
        return getEntityManager().createNativeQuery("""
                UPDATE directive_reference SET target_directive_id = :id
                WHERE target_directive_id IS NULL AND target_symbol_key = :key
                  AND (target_issue_date = :date
                       OR (target_issue_date IS NULL
                           AND NOT EXISTS (SELECT 1 FROM directive other WHERE other.symbol_key = :key AND other.id <> :id)))""")
                .setParameter("id", directive.id)
                .setParameter("key", directive.symbolKey)
                .setParameter("date", directive.issueDate)
                .executeUpdate();
    }

    /** Every directive that rests on this one, directly or through others, oldest first. */
    @SuppressWarnings("unchecked")
    public List<Directive> dependentsOf(UUID id) {
        return getEntityManager().createNativeQuery("""
                WITH RECURSIVE dependent(id, depth) AS (
                    SELECT r.directive_id, 1 FROM directive_reference r WHERE r.target_directive_id = :id
                    UNION
                    SELECT r.directive_id, dependent.depth + 1
                    FROM directive_reference r JOIN dependent ON r.target_directive_id = dependent.id
                    WHERE dependent.depth < 20)
                SELECT d.* FROM directive d WHERE d.id IN (SELECT id FROM dependent) AND d.id <> :id
                ORDER BY d.issue_date, d.id""", Directive.class)
                .setParameter("id", id)
                .getResultList();
    }
}
