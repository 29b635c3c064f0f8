package vn.cascade.plan.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.cascade.common.events.PlanSnapshot;
import vn.cascade.common.persistence.SqlValues;
import vn.cascade.plan.domain.Plan;
import vn.cascade.plan.domain.PlanContent;
import vn.cascade.plan.domain.PlanRevision;

/** The history of each plan: its content as announced at each issue, amendment, completion or revocation. */
@ApplicationScoped
public class PlanRevisionRepository {

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;

    PlanRevisionRepository(EntityManager entityManager, ObjectMapper objectMapper) {
        this.entityManager = entityManager;
        // Revisions stored before a field left the snapshot stay readable.
        this.objectMapper = objectMapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    /** Keeps the plan at the version it was just written with: the announced snapshot and the plan whole. */
    public void add(Plan plan, String reason, PlanSnapshot content, OffsetDateTime changedAt, String changedBy) {
        try {
            entityManager.createNativeQuery("""
                    INSERT INTO plan_revision (plan_id, version, status, content, document, reason, changed_at, changed_by)
                    VALUES (:plan, :version, :status, cast(:content AS jsonb), cast(:document AS jsonb), :reason, :at, :by)""")
                    .setParameter("plan", plan.id)
                    .setParameter("version", plan.version)
                    .setParameter("status", plan.status.name())
                    .setParameter("content", objectMapper.writeValueAsString(content))
                    .setParameter("document", objectMapper.writeValueAsString(PlanContent.of(plan)))
                    .setParameter("reason", reason)
                    .setParameter("at", changedAt)
                    .setParameter("by", changedBy)
                    .executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Plan " + plan.id + " cannot be written as JSON", e);
        }
    }

    /** Oldest first. */
    @SuppressWarnings("unchecked")
    public List<PlanRevision> of(UUID planId) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT version, status, reason, changed_at, changed_by, content::text, document::text FROM plan_revision
                WHERE plan_id = :plan ORDER BY version""")
                .setParameter("plan", planId)
                .getResultList();
        return rows.stream().map(row -> new PlanRevision(((Number) row[0]).longValue(), (String) row[1],
                (String) row[2], SqlValues.offsetDateTime(row[3]), (String) row[4],
                read((String) row[5], PlanSnapshot.class), read((String) row[6], PlanContent.class))).toList();
    }

    private <T> T read(String json, Class<T> type) {
        if (json == null) {
            return null;
        }
        try {
            return objectMapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored plan revision is not readable", e);
        }
    }
}
