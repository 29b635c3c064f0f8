package vn.cascade.reporting.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.cascade.reporting.domain.ReportingPlan;

@ApplicationScoped
public class ReportingPlanRepository implements PanacheRepositoryBase<ReportingPlan, UUID> {

    /** The plans in force (not revoked) that rest on this one: answer it (parent) or are based on it. */
    @SuppressWarnings("unchecked")
    public List<ReportingPlan> restingOn(UUID planId) {
        return getEntityManager().createNativeQuery("""
                SELECT * FROM reporting_plan
                WHERE status <> 'REVOKED' AND id <> ?1
                  AND (parent_plan_id = ?1 OR based_on_ids @> CAST(?2 AS jsonb))
                ORDER BY symbol, id""", ReportingPlan.class)
                .setParameter(1, planId).setParameter(2, "[\"" + planId + "\"]").getResultList();
    }
}
