package vn.cascade.reporting.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;
import vn.cascade.common.documents.Target;
import vn.cascade.common.kept.KeptValues;
import vn.cascade.common.kept.TableChanges;
import vn.cascade.reporting.domain.ReportingPlan;

@ApplicationScoped
public class ReportingPlanRepository implements PanacheRepositoryBase<ReportingPlan, UUID> {

    /** A plan's symbol and targets: what a roll-up shows beside a figure. */
    public record PlanTargets(String symbol, List<Target> targets) {
    }

    /** Sets of plans a roll-up asked for; few, since the plans binding a node's rows change only with plans. */
    private static final int KEPT_SETS = 10_000;

    private KeptValues<List<UUID>, Map<UUID, PlanTargets>> kept;

    @Inject
    void keep(TableChanges changes) {
        kept = changes.keep("plan targets", KEPT_SETS, "reporting_plan");
    }

    /**
     * The symbol and targets of each plan (those that exist), kept until a plan changes: parsing every binding
     * plan's targets on each roll-up was a sixth of its time (docs/benchmarks.md run 6b).
     */
    public Map<UUID, PlanTargets> targets(Collection<UUID> planIds) {
        List<UUID> key = planIds.stream().distinct().sorted().toList();
        return kept.get(key, () -> {
            Map<UUID, PlanTargets> byId = new HashMap<>();
            getEntityManager().createQuery("FROM ReportingPlan WHERE id IN :ids", ReportingPlan.class)
                    .setParameter("ids", key).setHint(HibernateHints.HINT_READ_ONLY, true).getResultList()
                    .forEach(plan -> byId.put(plan.id, new PlanTargets(plan.symbol, List.copyOf(plan.targets))));
            return Map.copyOf(byId);
        });
    }

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
