package vn.cascade.plan.rest.mapping;

import vn.cascade.plan.domain.ReportedProgress;
import vn.cascade.plan.rest.dto.ReportedProgressResponse;
import vn.cascade.plan.rest.dto.TaskResponse;
import vn.cascade.plan.service.TaskView;

/** Tasks and their reported progress, from the service's records to the API's. */
public final class TaskMapper {

    private TaskMapper() {
    }

    public static TaskResponse toResponse(TaskView task) {
        return new TaskResponse(task.id(), task.planId(), task.planSymbol(), task.planStatus(), task.number(), task.text(),
                task.leadUnits(), task.cooperatingUnits(), task.timeframe(), task.dueDate(), task.guidance(), task.status(),
                task.progressPercent(), task.progressNote(), task.completedOn(), task.overdue(), task.onTime(),
                task.version(), task.updatedAt());
    }

    public static ReportedProgressResponse toResponse(ReportedProgress progress) {
        return new ReportedProgressResponse(progress.organizationCode(), progress.reportId(), progress.periodKind(),
                progress.periodYear(), progress.status(), progress.percent(), progress.note(), progress.acceptedAt());
    }
}
