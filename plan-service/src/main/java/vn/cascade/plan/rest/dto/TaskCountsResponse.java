package vn.cascade.plan.rest.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The 2×2 facet of tasks: done or not, on time or late, in total and per group. */
@Schema(name = "TaskCounts", description = "Each cell equals the total of the task list filtered to it (done, "
        + "onTime). On time: done by the due date, or not yet due; a task without a due date is on time. By lead unit, "
        + "a task with two lead units counts under each, so the groups may add up to more than the total.")
public record TaskCountsResponse(
        @Schema(description = "What the groups are: NONE, LEAD_UNIT or PLAN", example = "LEAD_UNIT") String groupBy,
        Cells total,
        @Schema(description = "Per group, by name; empty without groupBy") List<Group> groups) {

    @Schema(name = "TaskCountCells")
    public record Cells(
            @Schema(example = "12") long total,
            @Schema(description = "Done by the due date (or without one)", example = "5") long doneOnTime,
            @Schema(description = "Done after the due date", example = "1") long doneLate,
            @Schema(description = "Not done, not yet due (or without a due date)", example = "4") long notDoneOnTime,
            @Schema(description = "Not done and past the due date (overdue)", example = "2") long notDoneLate) {
    }

    @Schema(name = "TaskCountGroup")
    public record Group(
            @Schema(description = "LEAD_UNIT: the unit's organisation code, or name: and its name for a unit named "
                    + "without a code, null for tasks without a lead unit; PLAN: the plan's id",
                    example = "BTC-HU-VINHLINH") String key,
            @Schema(description = "The unit's name, or the plan's symbol", example = "Ban Tổ chức Huyện ủy") String name,
            Cells counts) {
    }
}
