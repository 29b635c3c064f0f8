package vn.cascade.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.jboss.logging.Logger;
import vn.cascade.common.events.ReportSnapshot;
import vn.cascade.plan.domain.PlanTask;
import vn.cascade.plan.domain.TaskStatus;
import vn.cascade.plan.repository.ReportedProgressRepository;
import vn.cascade.plan.repository.TaskRepository;

/**
 * Takes the task progress of accepted reports: kept per reporting organisation, and carried onto the task
 * itself when the reporter leads it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReportedProgressService {

    private static final Logger LOG = Logger.getLogger(ReportedProgressService.class);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final TaskRepository tasks;
    private final ReportedProgressRepository reported;
    private final Clock clock;

    ReportedProgressService(TaskRepository tasks, ReportedProgressRepository reported, Clock clock) {
        this.tasks = tasks;
        this.reported = reported;
        this.clock = clock;
    }

    public void accepted(ReportSnapshot report) {
        for (ReportSnapshot.TaskProgress progress : report.taskProgress()) {
            PlanTask task = tasks.findById(progress.taskId());
            if (task == null) {
                // A task dropped by an amendment since the report was written: nothing to update.
                LOG.infof("Report %s names task %s, which the plan no longer has", report.id(), progress.taskId());
                continue;
            }
            if (!task.plan.id.equals(report.planId())) {
                // A report answers one plan: it never moves, nor speaks for, the tasks of another.
                LOG.warnf("Report %s on plan %s names task %s of plan %s; ignored", report.id(), report.planId(),
                        task.id, task.plan.id);
                continue;
            }
            boolean latest = reported.record(report, progress);
            boolean leads = task.leadUnits.stream()
                    .anyMatch(unit -> report.organization().code().equals(unit.organizationCode()));
            if (latest && leads && task.plan.status.inForce()) {
                task.recordProgress(taskStatus(progress.status()), progress.percent(), progress.note(),
                        report.reviewedAt().atZoneSameInstant(VIETNAM).toLocalDate(), OffsetDateTime.now(clock));
            }
        }
    }

    private static TaskStatus taskStatus(ReportSnapshot.TaskStatus status) {
        return switch (status) {
            case NOT_STARTED -> TaskStatus.NOT_STARTED;
            case IN_PROGRESS, ONGOING -> TaskStatus.IN_PROGRESS;
            case COMPLETED -> TaskStatus.DONE;
        };
    }

}
