package vn.cascade.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import vn.cascade.common.problem.ProblemException;
import vn.cascade.common.security.OrganizationScope;
import vn.cascade.common.text.VietnameseText;
import vn.cascade.plan.domain.PlanTask;
import vn.cascade.plan.domain.TaskStatus;
import vn.cascade.plan.repository.ReportedProgressRepository;
import vn.cascade.plan.repository.TaskRepository;

/** Tasks across plans, and their progress. */
@ApplicationScoped
@Transactional
public class TaskService {

    private final TaskRepository tasks;
    private final ReportedProgressRepository reported;
    private final PlanService planService;
    private final OrganizationScope scope;
    private final Clock clock;

    TaskService(TaskRepository tasks, ReportedProgressRepository reported, PlanService planService,
            OrganizationScope scope, Clock clock) {
        this.tasks = tasks;
        this.reported = reported;
        this.planService = planService;
        this.scope = scope;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TaskRepository.Found search(UUID planId, String leadUnit, TaskStatus status, Boolean overdue, Boolean done,
            Boolean onTime, int offset, int limit) {
        return tasks.search(new TaskRepository.Criteria(planId, leadUnit, status, overdue, done, onTime, today()),
                offset, limit);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanTask get(UUID id) {
        PlanTask task = tasks.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("No task " + id));
        planService.readable(task.plan, "of task " + id);
        return task;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.List<ReportedProgressRepository.Entry> reportedProgress(UUID id) {
        return reported.forTask(get(id).id);
    }

    /** Progress is reported by the issuing organisation or by a lead unit of the task. */
    public PlanTask recordProgress(UUID id, TaskStatus status, int percent, String note) {
        PlanTask task = get(id);
        if (!task.plan.status.inForce()) {
            throw ProblemException.conflict("Plan " + task.plan.label() + " is " + task.plan.status
                    + "; progress is recorded only on plans in force");
        }
        String caller = scope.callerOrganizationCode();
        boolean leads = task.leadUnits.stream().anyMatch(unit -> caller.equals(unit.organizationCode()));
        if (!leads) {
            scope.requireActingFor(task.plan.issuingOrganization.code);
        }
        task.recordProgress(status, percent, VietnameseText.nfc(note), today());
        return task;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
