package vn.cascade.reporting.rest.dto;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.common.events.ReportSnapshot;

/** What changed from one version of a report to another. */
@Schema(name = "ReportDiff", description = "From version `against` to version `version`. Indicator values are "
        + "matched by code, task progress by task, narrative sections by name (a blank section counts as absent).")
public record ReportDiffResponse(
        @Schema(example = "4") long version,
        @Schema(example = "1") long against,
        @Schema(description = "True when the two versions say the same") boolean identical,
        @Schema(description = "Plain fields that differ (status, reviewComment, submittedBy, reviewedBy), each with "
                + "its two values") List<FieldChange> fields,
        IndicatorChanges indicators,
        TaskChanges taskProgress,
        SectionChanges sections) {

    @Schema(name = "ReportFieldChange")
    public record FieldChange(
            @Schema(example = "status") String field,
            @Schema(description = "The value in version `against`; null when absent", example = "RETURNED") String before,
            @Schema(description = "The value in version `version`", example = "SUBMITTED") String after) {
    }

    @Schema(name = "ReportIndicatorValue")
    public record IndicatorValue(@Schema(example = "NEW_MEMBERS_ADMITTED") String code, @Schema(example = "35") Long value) {
    }

    @Schema(name = "ReportIndicatorChange")
    public record IndicatorChange(
            @Schema(example = "NEW_MEMBERS_ADMITTED") String code,
            @Schema(example = "35") Long before,
            @Schema(example = "38") Long after) {
    }

    @Schema(name = "ReportIndicatorChanges")
    public record IndicatorChanges(List<IndicatorValue> added, List<IndicatorValue> removed,
            List<IndicatorChange> changed) {
    }

    @Schema(name = "ReportTaskProgressChange")
    public record TaskChange(
            UUID taskId,
            ReportSnapshot.TaskProgress before,
            ReportSnapshot.TaskProgress after,
            @Schema(description = "Which of status, percent, note differ", example = "[\"status\", \"percent\"]")
            List<String> fields) {
    }

    @Schema(name = "ReportTaskProgressChanges")
    public record TaskChanges(List<ReportSnapshot.TaskProgress> added, List<ReportSnapshot.TaskProgress> removed,
            List<TaskChange> changed) {
    }

    @Schema(name = "ReportSection")
    public record Section(
            @Schema(description = "results, limitations, causes, lessons or proposals", example = "causes") String section,
            String text) {
    }

    @Schema(name = "ReportSectionChange")
    public record SectionChange(@Schema(example = "results") String section, String before, String after) {
    }

    @Schema(name = "ReportSectionChanges")
    public record SectionChanges(
            @Schema(description = "Written in `version`, absent in `against`") List<Section> added,
            @Schema(description = "Written in `against`, absent in `version`") List<Section> removed,
            List<SectionChange> changed) {
    }
}
