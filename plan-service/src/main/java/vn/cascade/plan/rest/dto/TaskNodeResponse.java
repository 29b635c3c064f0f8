package vn.cascade.plan.rest.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.plan.domain.TaskStatus;

/** A task in its plan's tree, with the tasks under it and, for a group, the progress derived from them. */
@Schema(name = "TaskNode", description = "A task and the tasks its number places under it (\"1.1\", \"1.2\" under "
        + "\"1\"), in the plan's order")
public record TaskNodeResponse(
        TaskResponse task,
        @Schema(description = "For a task with tasks under it: the progress of those tasks; null for a leaf")
        GroupProgress group,
        List<TaskNodeResponse> children) {

    @Schema(name = "TaskGroupProgress", description = "A group's progress from its children: percent is the mean of "
            + "their percentages (a child group counting with its own derived figure, a done task with 100), rounded "
            + "down; status is DONE when every child is done, NOT_STARTED when none has started, IN_PROGRESS "
            + "otherwise. What was recorded on the group's own task stays in task.progressPercent.")
    public record GroupProgress(
            @Schema(example = "50") int percent,
            @Schema(example = "IN_PROGRESS") TaskStatus status,
            @Schema(description = "Direct children", example = "2") int children,
            @Schema(description = "Direct children done", example = "1") int doneChildren) {
    }
}
