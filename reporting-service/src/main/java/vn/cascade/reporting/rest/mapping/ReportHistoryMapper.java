package vn.cascade.reporting.rest.mapping;

import vn.cascade.reporting.domain.ReportDiff;
import vn.cascade.reporting.rest.dto.ReportDiffResponse;
import vn.cascade.reporting.service.ReportHistory;

/** A report's version differences, to the API's records. */
public final class ReportHistoryMapper {

    private ReportHistoryMapper() {
    }

    public static ReportDiffResponse toResponse(ReportHistory.Diff diff) {
        ReportDiff changes = diff.changes();
        return new ReportDiffResponse(diff.version(), diff.against(), changes.isEmpty(),
                changes.fields().stream().map(field -> new ReportDiffResponse.FieldChange(field.field(),
                        field.before() == null ? null : field.before().toString(),
                        field.after() == null ? null : field.after().toString())).toList(),
                new ReportDiffResponse.IndicatorChanges(
                        changes.indicators().added().stream().map(ReportHistoryMapper::value).toList(),
                        changes.indicators().removed().stream().map(ReportHistoryMapper::value).toList(),
                        changes.indicators().changed().stream().map(changed -> new ReportDiffResponse.IndicatorChange(
                                changed.code(), changed.before(), changed.after())).toList()),
                new ReportDiffResponse.TaskChanges(changes.tasks().added(), changes.tasks().removed(),
                        changes.tasks().changed().stream().map(changed -> new ReportDiffResponse.TaskChange(
                                changed.taskId(), changed.before(), changed.after(), changed.fields())).toList()),
                new ReportDiffResponse.SectionChanges(
                        changes.sections().added().stream().map(ReportHistoryMapper::section).toList(),
                        changes.sections().removed().stream().map(ReportHistoryMapper::section).toList(),
                        changes.sections().changed().stream().map(changed -> new ReportDiffResponse.SectionChange(
                                changed.section(), changed.before(), changed.after())).toList()));
    }

    private static ReportDiffResponse.IndicatorValue value(ReportDiff.IndicatorValue value) {
        return new ReportDiffResponse.IndicatorValue(value.code(), value.value());
    }

    private static ReportDiffResponse.Section section(ReportDiff.Section section) {
        return new ReportDiffResponse.Section(section.section(), section.text());
    }
}
