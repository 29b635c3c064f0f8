package vn.cascade.plan.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.cascade.common.events.PlanSnapshot;
import vn.cascade.common.persistence.SqlValues;
import vn.cascade.common.security.Caller;
import vn.cascade.plan.domain.Plan;

/** The history of a plan: its content as announced at each issue, amendment, completion or revocation. */
@ApplicationScoped
public class PlanRevisions {

    /** The plan as one change left it; {@code content} is what was announced (or would have been). */
    public record Revision(long version, String status, String reason, OffsetDateTime changedAt, String changedBy,
            PlanSnapshot content) {
    }

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final Caller caller;
    private final Clock clock;

    PlanRevisions(EntityManager entityManager, ObjectMapper objectMapper, Caller caller, Clock clock) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Plan plan, String reason, PlanSnapshot content) {
        try {
            entityManager.createNativeQuery("""
                    INSERT INTO plan_revision (plan_id, version, status, content, reason, changed_at, changed_by)
                    VALUES (:plan, :version, :status, cast(:content AS jsonb), :reason, :at, :by)""")
                    .setParameter("plan", plan.id)
                    .setParameter("version", plan.version)
                    .setParameter("status", plan.status.name())
                    .setParameter("content", objectMapper.writeValueAsString(content))
                    .setParameter("reason", reason)
                    .setParameter("at", OffsetDateTime.now(clock))
                    .setParameter("by", caller.name())
                    .executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Plan " + plan.id + " cannot be written as JSON", e);
        }
    }

    @SuppressWarnings("unchecked")
    public List<Revision> of(UUID planId) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT version, status, reason, changed_at, changed_by, content::text FROM plan_revision
                WHERE plan_id = :plan ORDER BY version""")
                .setParameter("plan", planId)
                .getResultList();
        return rows.stream().map(row -> new Revision(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                SqlValues.offsetDateTime(row[3]), (String) row[4], read((String) row[5]))).toList();
    }

    private PlanSnapshot read(String json) {
        try {
            return objectMapper.readValue(json, PlanSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored plan revision is not readable", e);
        }
    }

}
