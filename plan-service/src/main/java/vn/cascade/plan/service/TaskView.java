package vn.cascade.plan.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.cascade.plan.domain.PlanStatus;
import vn.cascade.plan.domain.PlanTask;
import vn.cascade.plan.domain.TaskGuidance;
import vn.cascade.plan.domain.TaskStatus;
import vn.cascade.plan.domain.Timeframe;
import vn.cascade.plan.domain.Unit;

/** A task as read at one moment: whether it is overdue or on time depends on the day. */
public record TaskView(
        UUID id,
        UUID planId,
        String planSymbol,
        PlanStatus planStatus,
        String number,
        UUID parentId,
        String parentNumber,
        int position,
        String text,
        List<Unit> leadUnits,
        List<Unit> cooperatingUnits,
        Timeframe timeframe,
        LocalDate dueDate,
        TaskGuidance guidance,
        TaskStatus status,
        int progressPercent,
        String progressNote,
        LocalDate completedOn,
        boolean overdue,
        boolean onTime,
        long version,
        OffsetDateTime updatedAt) {

    static TaskView of(PlanTask task, LocalDate today) {
        return new TaskView(task.id, task.plan.id, task.plan.symbol, task.plan.status, task.number, task.parentId,
                task.parentNumber, task.position, task.text,
                List.copyOf(task.leadUnits), List.copyOf(task.cooperatingUnits), task.timeframe, task.dueDate,
                task.guidance, task.status, task.progressPercent, task.progressNote, task.completedOn,
                task.isOverdue(today), task.isOnTime(today), task.version, task.updatedAt());
    }
}
