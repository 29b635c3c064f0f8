package vn.cascade.plan.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import vn.cascade.common.events.ReportSnapshot;
import vn.cascade.common.persistence.SqlValues;
import vn.cascade.plan.domain.ReportedProgress;

/** The progress each reporting organisation last stated for a task. */
@ApplicationScoped
public class ReportedProgressRepository {

    private final EntityManager entityManager;

    ReportedProgressRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Keeps the statement of the latest accepted report; an older report arriving late changes nothing.
     *
     * @return whether this statement is now the organisation's latest
     */
    public boolean record(ReportSnapshot report, ReportSnapshot.TaskProgress progress) {
        return entityManager.createNativeQuery("""
                INSERT INTO reported_task_progress (task_id, organization_id, organization_code, report_id,
                    period_kind, period_year, status, percent, note, accepted_at)
                VALUES (:task, :organization, :code, :report, :kind, :year, :status, :percent, :note, :acceptedAt)
                ON CONFLICT (task_id, organization_id) DO UPDATE SET
                    organization_code = excluded.organization_code, report_id = excluded.report_id,
                    period_kind = excluded.period_kind, period_year = excluded.period_year, status = excluded.status,
                    percent = excluded.percent, note = excluded.note, accepted_at = excluded.accepted_at
                WHERE reported_task_progress.accepted_at < excluded.accepted_at""")
                .setParameter("task", progress.taskId())
                .setParameter("organization", report.organization().id())
                .setParameter("code", report.organization().code())
                .setParameter("report", report.id())
                .setParameter("kind", report.periodKind().name())
                .setParameter("year", report.periodYear())
                .setParameter("status", progress.status().name())
                .setParameter("percent", progress.percent())
                .setParameter("note", progress.note())
                .setParameter("acceptedAt", report.reviewedAt())
                .executeUpdate() == 1;
    }

    @SuppressWarnings("unchecked")
    public List<ReportedProgress> forTask(UUID taskId) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT organization_code, report_id, period_kind, period_year, status, percent, note, accepted_at
                FROM reported_task_progress WHERE task_id = :task ORDER BY organization_code""")
                .setParameter("task", taskId)
                .getResultList();
        return rows.stream().map(row -> new ReportedProgress((String) row[0], (UUID) row[1], (String) row[2],
                ((Number) row[3]).intValue(), (String) row[4], ((Number) row[5]).intValue(), (String) row[6],
                SqlValues.offsetDateTime(row[7]))).toList();
    }

}
