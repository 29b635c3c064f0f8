package vn.cascade.plan.rest.dto;

import vn.cascade.common.rest.Versioned;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.plan.domain.PlanStatus;
import vn.cascade.plan.domain.TaskGuidance;
import vn.cascade.plan.domain.TaskStatus;
import vn.cascade.plan.domain.Timeframe;
import vn.cascade.plan.domain.Unit;

@Schema(name = "Task")
public record TaskResponse(
        UUID id,
        UUID planId,
        @Schema(example = "68-KH/HU") String planSymbol,
        @Schema(description = "The plan's status: a task of a REVOKED plan (listed by updatedSince) is withdrawn",
                example = "ISSUED") PlanStatus planStatus,
        @Schema(example = "1.1") String number,
        @Schema(description = "The task this one lies under, as the numbers place it (\"1.1\" under \"1\"); null "
                + "at the top of the plan") UUID parentId,
        @Schema(description = "The number of that task", example = "1") String parentNumber,
        @Schema(description = "Place in the plan's list of tasks, from 0; children follow their parent",
                example = "1") int position,
        String text,
        List<Unit> leadUnits,
        List<Unit> cooperatingUnits,
        Timeframe timeframe,
        @Schema(description = "Last day, for timeframes with a deadline, and for a task waiting for guidance once the "
                + "guidance is issued") LocalDate dueDate,
        @Schema(description = "For a task waiting for guidance from above (AWAITING_GUIDANCE): the directive or plan "
                + "that gave it, once issued; null while it waits") TaskGuidance guidance,
        TaskStatus status,
        int progressPercent,
        String progressNote,
        LocalDate completedOn,
        @Schema(description = "Past its due date and not done") boolean overdue,
        @Schema(description = "Done by its due date, or not yet due (đúng tiến độ)") boolean onTime,
        @Schema(description = "Send it back when recording progress: a stale one gets 409 stale-version", example = "2")
        long version,
        @Schema(description = "When the task last changed: progress recorded on it, or its plan written, amended, "
                + "completed or revoked; the cursor of updatedSince", example = "2025-01-31T08:00:00+07:00")
        OffsetDateTime updatedAt) implements Versioned {
}
