package vn.cascade.plan.rest.mapping;

import vn.cascade.common.domain.DomainException;
import vn.cascade.plan.domain.ReportedProgress;
import vn.cascade.plan.domain.TaskCounts;
import vn.cascade.plan.rest.dto.TaskCountsResponse;
import vn.cascade.plan.rest.dto.TaskNodeResponse;
import vn.cascade.plan.rest.dto.ReportedProgressResponse;
import vn.cascade.plan.rest.dto.TaskResponse;
import vn.cascade.plan.service.TaskService;
import vn.cascade.plan.service.TaskTree;
import vn.cascade.plan.service.TaskView;

/** Tasks and their reported progress, from the service's records to the API's. */
public final class TaskMapper {

    private TaskMapper() {
    }

    public static TaskResponse toResponse(TaskView task) {
        return new TaskResponse(task.id(), task.planId(), task.planSymbol(), task.planStatus(), task.number(),
                task.parentId(), task.parentNumber(), task.position(), task.text(),
                task.leadUnits(), task.cooperatingUnits(), task.timeframe(), task.dueDate(), task.guidance(), task.status(),
                task.progressPercent(), task.progressNote(), task.completedOn(), task.overdue(), task.onTime(),
                task.version(), task.updatedAt());
    }

    public static TaskNodeResponse toResponse(TaskTree.Node node) {
        return new TaskNodeResponse(toResponse(node.task()), node.group() == null ? null
                : new TaskNodeResponse.GroupProgress(node.group().percent(), node.group().status(),
                        node.group().children(), node.group().doneChildren()),
                node.children().stream().map(TaskMapper::toResponse).toList());
    }

    public static TaskCountsResponse toResponse(TaskService.Counts counts) {
        return new TaskCountsResponse(counts.groupBy().name(), cells(counts.total()), counts.groups().stream()
                .map(group -> new TaskCountsResponse.Group(group.key(), group.name(), cells(group.counts()))).toList());
    }

    /** groupBy as the API spells it: leadUnit, plan, or nothing. */
    public static TaskCounts.GroupBy groupBy(String given) {
        if (given == null || given.isBlank() || given.equalsIgnoreCase("none")) {
            return TaskCounts.GroupBy.NONE;
        }
        return switch (given.strip()) {
            case "leadUnit", "LEAD_UNIT" -> TaskCounts.GroupBy.LEAD_UNIT;
            case "plan", "PLAN" -> TaskCounts.GroupBy.PLAN;
            default -> throw DomainException.invalid("groupBy", "must be leadUnit or plan, not " + given,
                    "task.counts-group-by", given);
        };
    }

    private static TaskCountsResponse.Cells cells(TaskCounts counts) {
        return new TaskCountsResponse.Cells(counts.total(), counts.doneOnTime(), counts.doneLate(),
                counts.notDoneOnTime(), counts.notDoneLate());
    }

    public static ReportedProgressResponse toResponse(ReportedProgress progress) {
        return new ReportedProgressResponse(progress.organizationCode(), progress.reportId(), progress.periodKind(),
                progress.periodYear(), progress.status(), progress.percent(), progress.note(), progress.acceptedAt());
    }
}
