package vn.cascade.plan.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.cascade.plan.domain.TaskStatus;

/**
 * A plan's tasks as the tree their numbers make (issue 19, point 3), in the plan's order. A group (a task with
 * tasks under it) has its progress from its children: the mean of their percentages (a child group counting with its
 * own derived figure, rounded down), DONE when every child is done, NOT_STARTED when none has started, IN_PROGRESS
 * otherwise. What was recorded on the group itself stays on its task; the derived figure sits beside it.
 */
public record TaskTree(List<Node> roots) {

    /** @param group the progress derived from the children; null for a task with none */
    public record Node(TaskView task, GroupProgress group, List<Node> children) {

        int percent() {
            return group == null ? (task.status() == TaskStatus.DONE ? 100 : task.progressPercent()) : group.percent();
        }

        TaskStatus status() {
            return group == null ? task.status() : group.status();
        }
    }

    /** @param doneChildren how many of its direct children are done (a child group: all of its own) */
    public record GroupProgress(int percent, TaskStatus status, int children, int doneChildren) {
    }

    /** From the tasks in the plan's order; a task whose parent is not among them is at the top. */
    public static TaskTree of(List<TaskView> tasks) {
        Map<UUID, List<TaskView>> childrenOf = new HashMap<>();
        List<TaskView> top = new ArrayList<>();
        Map<UUID, TaskView> byId = new HashMap<>();
        tasks.forEach(task -> byId.put(task.id(), task));
        for (TaskView task : tasks) {
            if (task.parentId() == null || !byId.containsKey(task.parentId()) || task.parentId().equals(task.id())) {
                top.add(task);
            } else {
                childrenOf.computeIfAbsent(task.parentId(), parent -> new ArrayList<>()).add(task);
            }
        }
        return new TaskTree(top.stream().map(task -> node(task, childrenOf, 0)).toList());
    }

    /** Depth bounded by the number of segments a number has; the bound only guards against bad data. */
    private static Node node(TaskView task, Map<UUID, List<TaskView>> childrenOf, int depth) {
        List<TaskView> direct = depth > 32 ? List.of() : childrenOf.getOrDefault(task.id(), List.of());
        List<Node> children = direct.stream().map(child -> node(child, childrenOf, depth + 1)).toList();
        return new Node(task, children.isEmpty() ? null : progress(children), children);
    }

    private static GroupProgress progress(List<Node> children) {
        int sum = 0;
        int done = 0;
        int started = 0;
        for (Node child : children) {
            sum += child.percent();
            TaskStatus status = child.status();
            done += status == TaskStatus.DONE ? 1 : 0;
            started += status == TaskStatus.NOT_STARTED ? 0 : 1;
        }
        TaskStatus status = done == children.size() ? TaskStatus.DONE
                : started == 0 ? TaskStatus.NOT_STARTED : TaskStatus.IN_PROGRESS;
        return new GroupProgress(sum / children.size(), status, children.size(), done);
    }
}
