package vn.cascade.reporting.notification.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import vn.cascade.reporting.domain.ReportingPlan;

/**
 * Which plans rest on a directive: those implementing it ({@code plan_directive}, kept from the plan events) and
 * those based on it (the copy of each plan, {@code reporting_plan.based_on_ids}).
 */
@ApplicationScoped
public class PlanDirectives {

    private final EntityManager entityManager;

    PlanDirectives(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Records the directive the plan implements now (none: forgets it). */
    public void implement(UUID planId, UUID directiveId) {
        if (directiveId == null) {
            entityManager.createNativeQuery("DELETE FROM plan_directive WHERE plan_id = :plan")
                    .setParameter("plan", planId).executeUpdate();
            return;
        }
        entityManager.createNativeQuery("""
                INSERT INTO plan_directive (plan_id, directive_id) VALUES (:plan, :directive)
                ON CONFLICT (plan_id) DO UPDATE SET directive_id = EXCLUDED.directive_id""")
                .setParameter("plan", planId).setParameter("directive", directiveId).executeUpdate();
    }

    /** The plans in force that implement the directive or are based on it, by symbol. */
    @SuppressWarnings("unchecked")
    public List<ReportingPlan> restingOn(UUID directiveId) {
        return entityManager.createNativeQuery("""
                SELECT p.* FROM reporting_plan p
                WHERE p.status <> 'REVOKED'
                  AND (p.based_on_ids @> CAST(:ids AS jsonb)
                       OR EXISTS (SELECT 1 FROM plan_directive d WHERE d.plan_id = p.id AND d.directive_id = :id))
                ORDER BY p.symbol, p.id""", ReportingPlan.class)
                .setParameter("ids", "[\"" + directiveId + "\"]").setParameter("id", directiveId)
                .getResultList();
    }
}
