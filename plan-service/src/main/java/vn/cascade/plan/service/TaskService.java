package vn.cascade.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.cascade.common.domain.DomainException;
import vn.cascade.common.paging.Page;
import vn.cascade.common.paging.Paging;
import vn.cascade.common.text.VietnameseText;
import vn.cascade.plan.domain.Plan;
import vn.cascade.plan.domain.PlanTask;
import vn.cascade.plan.domain.ReportedProgress;
import vn.cascade.plan.domain.TaskCounts;
import vn.cascade.plan.domain.TaskStatus;
import vn.cascade.plan.repository.ReportedProgressRepository;
import vn.cascade.plan.repository.TaskRepository;

/** Tasks across plans, and their progress. */
@ApplicationScoped
@Transactional
public class TaskService {

    /** Filters of the task list; null means "any". */
    public record Query(UUID planId, String leadUnitCode, TaskStatus status, Boolean overdue, Boolean done,
            Boolean onTime, OffsetDateTime updatedSince) {
    }

    private final TaskRepository tasks;
    private final ReportedProgressRepository reported;
    private final PlanAccess access;
    private final Clock clock;

    TaskService(TaskRepository tasks, ReportedProgressRepository reported, PlanAccess access, Clock clock) {
        this.tasks = tasks;
        this.reported = reported;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Tasks of issued plans, by due date; with {@code updatedSince}, those changed at or after it (the tasks of
     * plans revoked since included), by when they changed.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TaskView> search(Query query, Paging paging) {
        LocalDate today = today();
        return tasks.search(new TaskRepository.Criteria(query.planId(), query.leadUnitCode(), query.status(),
                query.overdue(), query.done(), query.onTime(), today, query.updatedSince()), paging).map(task -> TaskView.of(task, today));
    }

    /** A readable plan's tasks as the tree their numbers make, each group with the progress of its children. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TaskTree tree(UUID planId) {
        LocalDate today = today();
        return TaskTree.of(access.readable(planId).tasks.stream().map(task -> TaskView.of(task, today)).toList());
    }

    /** The 2×2 counts of one readable plan's tasks (a draft's too, where the draft is readable). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Counts planCounts(UUID planId, TaskCounts.GroupBy groupBy) {
        Plan plan = access.readable(planId);
        return counts(new TaskRepository.CountCriteria(plan.id, null, null, today()), groupBy);
    }

    /**
     * The 2×2 counts of the tasks of issued plans (readable by every reader, as the task list), of the plans issued
     * in an organisation's subtree when one is named (404 for an unknown code), of one lead unit's when named.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Counts counts(String organizationCode, String leadUnitCode, TaskCounts.GroupBy groupBy) {
        String path = organizationCode == null ? null : access.organization(organizationCode).path;
        return counts(new TaskRepository.CountCriteria(null, path, leadUnitCode, today()), groupBy);
    }

    /** The counts of everything covered, and per group when grouped. */
    public record Counts(TaskCounts.GroupBy groupBy, TaskCounts total, List<TaskCounts.Group> groups) {
    }

    private Counts counts(TaskRepository.CountCriteria criteria, TaskCounts.GroupBy groupBy) {
        TaskCounts total = tasks.counts(criteria, TaskCounts.GroupBy.NONE).stream().findFirst()
                .map(TaskRepository.CountRow::counts).orElse(TaskCounts.NONE);
        List<TaskCounts.Group> groups = groupBy == TaskCounts.GroupBy.NONE ? List.of()
                : tasks.counts(criteria, groupBy).stream()
                        .map(row -> new TaskCounts.Group(row.key(), row.name(), row.counts())).toList();
        return new Counts(groupBy, total, groups);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TaskView get(UUID id) {
        return TaskView.of(readable(id), today());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReportedProgress> reportedProgress(UUID id) {
        return reported.forTask(readable(id).id);
    }

    /**
     * Progress is recorded on plans in force, by the issuing organisation or by a lead unit of the task. With the
     * version read, a change made since is a conflict; without it, the task's own version still refuses a write
     * that overlaps another.
     */
    public TaskView recordProgress(UUID id, TaskStatus status, int percent, String note, Long versionRead) {
        PlanTask task = readable(id);
        if (versionRead != null) {
            DomainException.requireVersion("Task " + (task.number == null ? task.id : task.number), task.version,
                    versionRead);
        }
        if (!task.plan.status.inForce()) {
            throw DomainException.conflict("Plan " + task.plan.label() + " is " + task.plan.status
                    + "; progress is recorded only on plans in force")
                    .localized("task.plan-not-in-force", task.plan.label(), task.plan.status);
        }
        access.requireMayRecordProgress(task);
        LocalDate today = today();
        task.recordProgress(status, percent, VietnameseText.nfc(note), today, OffsetDateTime.now(clock));
        tasks.flush(); // the answer carries the version just written
        return TaskView.of(task, today);
    }

    private PlanTask readable(UUID id) {
        PlanTask task = tasks.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("No task " + id)
                .localized("task.not-found", id));
        access.requireReadable(task);
        return task;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
