package vn.cascade.plan.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.cascade.common.paging.Page;
import vn.cascade.common.paging.Paging;
import vn.cascade.plan.domain.PlanTask;
import vn.cascade.plan.domain.TaskStatus;
import vn.cascade.plan.domain.TaskCounts;

@ApplicationScoped
public class TaskRepository implements PanacheRepositoryBase<PlanTask, UUID> {

    /** Filters of the task list; null means "any". */
    public record Criteria(UUID planId, String leadUnitCode, TaskStatus status, Boolean overdue, Boolean done,
            Boolean onTime, LocalDate today, OffsetDateTime updatedSince) {
    }

    private static final String OVERDUE = "(t.status <> 'DONE' AND t.due_date < :today)";
    private static final String ON_TIME = "(t.due_date IS NULL OR (t.status = 'DONE' AND t.completed_on <= t.due_date)"
            + " OR (t.status <> 'DONE' AND t.due_date >= :today))";

    /**
     * What the 2×2 counts cover: the tasks of one plan (in any status, its readability checked by the caller), or
     * of the issued plans of an organisation's subtree ({@code organizationPath}; null: everywhere); a lead unit's
     * only, when given.
     */
    public record CountCriteria(UUID planId, String organizationPath, String leadUnitCode, LocalDate today) {
    }

    /** One row per group: its key and name (null without grouping) and the five counts. */
    public record CountRow(String key, String name, TaskCounts counts) {
    }

    /**
     * The 2×2 facet in one statement, with the same conditions as the list's done and onTime filters, so that each
     * cell equals the total of the list filtered to it. By lead unit, a task counts once under each of its lead
     * units (units named without a code are keyed by name) and under none when it has none.
     */
    @SuppressWarnings("unchecked")
    public List<CountRow> counts(CountCriteria criteria, TaskCounts.GroupBy groupBy) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("today", criteria.today());
        StringBuilder from = new StringBuilder(" FROM plan_task t JOIN plan p ON p.id = t.plan_id");
        String key = "CAST(NULL AS text)";
        String name = "CAST(NULL AS text)";
        if (groupBy == TaskCounts.GroupBy.LEAD_UNIT) {
            from.append(" LEFT JOIN LATERAL jsonb_array_elements(t.lead_units) u(unit) ON true");
            key = "COALESCE(u.unit ->> 'organizationCode', 'name:' || (u.unit ->> 'name'))";
            name = "min(u.unit ->> 'name')";
        } else if (groupBy == TaskCounts.GroupBy.PLAN) {
            key = "CAST(p.id AS text)";
            name = "min(p.symbol)";
        }
        StringBuilder where = new StringBuilder(" WHERE true");
        if (criteria.planId() != null) {
            where.append(" AND t.plan_id = :planId");
            parameters.put("planId", criteria.planId());
        } else {
            where.append(" AND p.status IN ('ISSUED', 'AMENDED', 'COMPLETED')");
        }
        if (criteria.organizationPath() != null) {
            from.append(" JOIN organization o ON o.id = p.issuing_organization_id");
            where.append(" AND (o.path = :path OR o.path LIKE :pathBelow)");
            parameters.put("path", criteria.organizationPath());
            parameters.put("pathBelow", criteria.organizationPath() + "/%");
        }
        if (criteria.leadUnitCode() != null) {
            where.append(" AND t.lead_units @> jsonb_build_array(jsonb_build_object('organizationCode', cast(:lead AS text)))");
            parameters.put("lead", criteria.leadUnitCode());
        }
        String done = "t.status = 'DONE'";
        String sql = "SELECT " + key + ", " + name + ", count(*)"
                + ", count(*) FILTER (WHERE " + done + " AND " + ON_TIME + ")"
                + ", count(*) FILTER (WHERE " + done + " AND NOT " + ON_TIME + ")"
                + ", count(*) FILTER (WHERE NOT " + done + " AND " + ON_TIME + ")"
                + ", count(*) FILTER (WHERE NOT " + done + " AND NOT " + ON_TIME + ")"
                + from + where
                + (groupBy == TaskCounts.GroupBy.NONE ? "" : " GROUP BY 1 ORDER BY 2 NULLS LAST, 1 NULLS LAST");
        Query query = getEntityManager().createNativeQuery(sql);
        parameters.forEach(query::setParameter);
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(row -> new CountRow((String) row[0], (String) row[1], new TaskCounts(
                number(row[2]), number(row[3]), number(row[4]), number(row[5]), number(row[6])))).toList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /**
     * Tasks of plans in force, issued on or before {@code day}, that wait for guidance not linked yet: those a guidance
     * issued that day may answer.
     */
    @SuppressWarnings("unchecked")
    public List<PlanTask> awaitingGuidance(LocalDate day) {
        return getEntityManager().createNativeQuery("""
                SELECT t.* FROM plan_task t JOIN plan p ON p.id = t.plan_id
                WHERE t.guidance IS NULL AND t.timeframe ->> 'kind' = 'AWAITING_GUIDANCE'
                  AND p.status IN ('ISSUED', 'AMENDED') AND p.issue_date <= :day
                ORDER BY p.issue_date, p.id, t.position""", PlanTask.class)
                .setParameter("day", day)
                .getResultList();
    }

    /**
     * Tasks of issued plans, by due date (open-ended last), then plan and position; with {@code updatedSince}, the
     * tasks that changed at or after it (their plan written, amended, completed or revoked, or progress recorded on
     * them), revoked plans' included, by when they changed, then id.
     */
    @SuppressWarnings("unchecked")
    public Page<PlanTask> search(Criteria criteria, Paging paging) {
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder where = new StringBuilder(
                " FROM plan_task t JOIN plan p ON p.id = t.plan_id WHERE p.status IN ('ISSUED', 'AMENDED', 'COMPLETED'"
                        + (criteria.updatedSince() == null ? ")" : ", 'REVOKED')"
                                + " AND (p.updated_at >= :updatedSince OR t.progress_recorded_at >= :updatedSince)"));
        if (criteria.updatedSince() != null) {
            parameters.put("updatedSince", criteria.updatedSince());
        }
        if (criteria.planId() != null) {
            where.append(" AND t.plan_id = :planId");
            parameters.put("planId", criteria.planId());
        }
        if (criteria.leadUnitCode() != null) {
            where.append(" AND t.lead_units @> jsonb_build_array(jsonb_build_object('organizationCode', cast(:lead AS text)))");
            parameters.put("lead", criteria.leadUnitCode());
        }
        if (criteria.status() != null) {
            where.append(" AND t.status = :status");
            parameters.put("status", criteria.status().name());
        }
        if (criteria.done() != null) {
            where.append(criteria.done() ? " AND t.status = 'DONE'" : " AND t.status <> 'DONE'");
        }
        String overdue = OVERDUE;
        String onTime = ON_TIME;
        if (criteria.overdue() != null) {
            where.append(criteria.overdue() ? " AND " + overdue : " AND NOT " + overdue);
        }
        if (criteria.onTime() != null) {
            where.append(criteria.onTime() ? " AND " + onTime : " AND NOT " + onTime);
        }
        if (criteria.overdue() != null || criteria.onTime() != null) {
            parameters.put("today", criteria.today());
        }
        String order = criteria.updatedSince() == null ? " ORDER BY t.due_date NULLS LAST, t.plan_id, t.position"
                : " ORDER BY GREATEST(p.updated_at, t.progress_recorded_at), t.id"; // GREATEST skips a null
        Query list = getEntityManager().createNativeQuery("SELECT t.*" + where + order + " LIMIT :limit OFFSET :offset",
                PlanTask.class);
        Query count = getEntityManager().createNativeQuery("SELECT count(*)" + where);
        parameters.forEach((name, value) -> {
            list.setParameter(name, value);
            count.setParameter(name, value);
        });
        list.setParameter("limit", paging.limit()).setParameter("offset", paging.offset());
        return new Page<>(list.getResultList(), ((Number) count.getSingleResult()).longValue(), paging);
    }
}
