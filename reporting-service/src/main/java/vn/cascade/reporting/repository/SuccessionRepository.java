package vn.cascade.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/** The succession links of the organisation copy, read for work in flight when an organisation ceases. */
@ApplicationScoped
public class SuccessionRepository {

    /** How far a chain is followed; a reorganisation chain is a handful of links. */
    static final int MAX_DEPTH = 32;

    private final EntityManager entityManager;

    SuccessionRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The organisation and everything it took over, transitively, that has ceased. */
    @SuppressWarnings("unchecked")
    public List<UUID> ceasedAmongItselfAndPredecessors(UUID id) {
        return entityManager.createNativeQuery("""
                WITH RECURSIVE back (id, depth) AS (
                    SELECT CAST(:id AS uuid), 0
                    UNION
                    SELECT s.predecessor_id, b.depth + 1
                    FROM organization_succession s JOIN back b ON s.successor_id = b.id
                    WHERE b.depth < :maxDepth)
                SELECT DISTINCT o.id FROM back b JOIN organization o ON o.id = b.id
                WHERE NOT o.active AND o.valid_to IS NOT NULL""", UUID.class)
                .setParameter("id", id).setParameter("maxDepth", MAX_DEPTH).getResultList();
    }

    @SuppressWarnings("unchecked")
    public List<UUID> directSuccessors(UUID id) {
        return entityManager.createNativeQuery("""
                SELECT successor_id FROM organization_succession WHERE predecessor_id = :id ORDER BY successor_id""",
                UUID.class).setParameter("id", id).getResultList();
    }
}
