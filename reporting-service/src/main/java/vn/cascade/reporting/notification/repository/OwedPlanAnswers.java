package vn.cascade.reporting.notification.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The plans organisations owe in answer to an issued plan ({@code owed_plan_answer}): recorded from the plan events,
 * settled when no longer owed, and claimed once by the late-plans job when the deadline has passed.
 */
@ApplicationScoped
public class OwedPlanAnswers {

    /** One organisation owing one plan an answer by a deadline. */
    public record Owed(UUID planId, String organizationCode, LocalDate deadline) {
    }

    private final EntityManager entityManager;

    OwedPlanAnswers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Records that the organisations owe the plan an answer by the deadline (again: the deadline as the newer
     * version says, and owed again if an earlier version had dropped it).
     *
     * @return the organisations among them that did not owe it before: those to tell
     */
    @SuppressWarnings("unchecked")
    public List<String> owe(UUID planId, Collection<String> organizationCodes, LocalDate deadline,
            OffsetDateTime now) {
        if (organizationCodes.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = entityManager.createNativeQuery("""
                INSERT INTO owed_plan_answer (plan_id, organization_code, deadline, created_at)
                SELECT :plan, code, :deadline, :now FROM unnest(CAST(:codes AS varchar[])) AS code
                ON CONFLICT (plan_id, organization_code) DO UPDATE SET deadline = EXCLUDED.deadline,
                    settled_at = NULL
                RETURNING organization_code, (xmax = 0) AS inserted""")
                .setParameter("plan", planId).setParameter("deadline", deadline).setParameter("now", now)
                .setParameter("codes", organizationCodes.toArray(String[]::new))
                .getResultList();
        return rows.stream().filter(row -> Boolean.TRUE.equals(row[1])).map(row -> (String) row[0]).sorted().toList();
    }

    /** Settles what the plan no longer asks of anyone but {@code stillOwing} (all of it, given none). */
    public int settleAllBut(UUID planId, Collection<String> stillOwing, OffsetDateTime now) {
        return entityManager.createNativeQuery("""
                UPDATE owed_plan_answer SET settled_at = :now
                WHERE plan_id = :plan AND settled_at IS NULL
                  AND NOT (organization_code = ANY (CAST(:codes AS varchar[])))""")
                .setParameter("now", now).setParameter("plan", planId)
                .setParameter("codes", stillOwing.toArray(String[]::new))
                .executeUpdate();
    }

    /**
     * Claims, for the caller's transaction, owed answers whose deadline passed before {@code today} and that were
     * neither settled nor told late; another replica skips them rather than wait.
     */
    @SuppressWarnings("unchecked")
    public List<Owed> claimLate(LocalDate today, int limit) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT plan_id, organization_code, deadline FROM owed_plan_answer
                WHERE settled_at IS NULL AND late_notified_at IS NULL AND deadline IS NOT NULL AND deadline < :today
                ORDER BY deadline, plan_id, organization_code LIMIT :limit
                FOR UPDATE SKIP LOCKED""")
                .setParameter("today", today).setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(row -> new Owed((UUID) row[0], (String) row[1], toDate(row[2]))).toList();
    }

    public void markLate(Owed owed, OffsetDateTime now) {
        update("late_notified_at", owed, now);
    }

    public void settle(Owed owed, OffsetDateTime now) {
        update("settled_at", owed, now);
    }

    private void update(String column, Owed owed, OffsetDateTime now) {
        entityManager.createNativeQuery("UPDATE owed_plan_answer SET " + column + " = :now"
                + " WHERE plan_id = :plan AND organization_code = :code")
                .setParameter("now", now).setParameter("plan", owed.planId())
                .setParameter("code", owed.organizationCode()).executeUpdate();
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
