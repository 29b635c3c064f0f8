package vn.cascade.plan.rest.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.common.documents.Target;
import vn.cascade.plan.domain.PlanContent;

/** What changed from one version of a plan to another. */
@Schema(name = "PlanDiff", description = "From version `against` to version `version`. Targets are matched by "
        + "indicator code (by label without one), tasks by number (by text when unnumbered): a renumbered task shows "
        + "as removed and added; tasks kept but listed in another order show as the field `taskOrder`, their keys in each "
        + "order.")
public record PlanDiffResponse(
        @Schema(example = "3") long version,
        @Schema(example = "1") long against,
        @Schema(description = "True when the two versions say the same") boolean identical,
        @Schema(description = "Plain fields that differ, each with its two values") List<FieldChange> fields,
        TargetChanges targets,
        TaskChanges tasks) {

    @Schema(name = "PlanFieldChange")
    public record FieldChange(
            @Schema(example = "title") String field,
            @Schema(description = "The value in version `against` (any JSON type; null when absent)") Object before,
            @Schema(description = "The value in version `version`") Object after) {
    }

    @Schema(name = "PlanTargetChanges")
    public record TargetChanges(List<Target> added, List<Target> removed, List<TargetChange> changed) {
    }

    @Schema(name = "PlanTargetChange")
    public record TargetChange(
            @Schema(description = "Indicator code, or label: and the label", example = "NEW_MEMBERS_ADMITTED") String key,
            Target before, Target after,
            @Schema(description = "Which of label, comparator, value, upperValue, unit, period differ",
                    example = "[\"value\"]") List<String> fields) {
    }

    @Schema(name = "PlanTaskChanges")
    public record TaskChanges(List<PlanContent.Task> added, List<PlanContent.Task> removed, List<TaskChange> changed) {
    }

    @Schema(name = "PlanTaskChange")
    public record TaskChange(
            @Schema(description = "The task's number, or text: and its text", example = "1.2") String key,
            PlanContent.Task before, PlanContent.Task after,
            @Schema(description = "Which of text, leadUnits, cooperatingUnits, timeframe, dueDate, parentNumber "
                    + "(the task moved under another) differ",
                    example = "[\"text\", \"timeframe\"]") List<String> fields) {
    }
}
