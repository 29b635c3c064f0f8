package vn.cascade.plan.rest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import vn.cascade.common.export.SpreadsheetWriter.Table;
import vn.cascade.common.i18n.Language;
import vn.cascade.common.i18n.Messages;
import vn.cascade.plan.domain.Unit;
import vn.cascade.plan.rest.dto.PlanResponse;
import vn.cascade.plan.rest.dto.TaskResponse;

/**
 * A plan with its tasks, and task lists across plans, laid out as rows for CSV and XLSX, worded in the caller's
 * language ({@code i18n/export*.properties}): Vietnamese headings and labels by default, English with
 * {@code Accept-Language: en}. Codes stay codes, numbers numbers, dates ISO.
 */
final class PlanTables {

    private static final Messages EXPORT = Messages.of("i18n.export");

    private final Language language;

    PlanTables(Language language) {
        this.language = language;
    }

    /** The plan's own fields as two columns (field, value). */
    Table plan(PlanResponse plan) {
        List<List<Object>> rows = new ArrayList<>();
        row(rows, "field.symbol", plan.symbol());
        row(rows, "field.type", plan.type() == null ? null : plan.type().code());
        row(rows, "field.issuer-code", plan.issuingOrganizationCode());
        row(rows, "field.issuer-name", plan.issuingOrganizationName());
        row(rows, "field.issue-date", plan.issueDate());
        row(rows, "field.issue-place", plan.issuePlace());
        row(rows, "field.title", plan.title());
        row(rows, "field.status", label("plan-status", plan.status()));
        row(rows, "field.implements", plan.implementsDirective() == null ? null : plan.implementsDirective().symbol());
        row(rows, "field.parent-plan", plan.parentPlanSymbol());
        row(rows, "field.purposes", plan.purposes());
        row(rows, "field.requirements", plan.requirements());
        row(rows, "field.implementation", plan.implementation());
        row(rows, "field.signer", plan.signer() == null ? null : Arrays.asList(plan.signer().onBehalfOf(),
                plan.signer().position(), plan.signer().name()).stream().filter(part -> part != null)
                .collect(Collectors.joining(", ")));
        row(rows, "field.tasks", plan.tasks().size());
        row(rows, "field.version", plan.version());
        return new Table(text("sheet.plan"), List.of(text("column.field"), text("column.value")), rows);
    }

    /** One row a task, each beside its plan's symbol, issuer and status. */
    Table tasks(List<TaskResponse> tasks, PlanResponse plan) {
        List<String> header = new ArrayList<>(List.of(text("column.plan"), text("column.plan-status")));
        if (plan != null) {
            header.add(text("column.issuer"));
        }
        header.addAll(List.of(text("column.number"), text("column.task"), text("column.lead-units"),
                text("column.cooperating-units"), text("column.timeframe"), text("column.due-date"),
                text("column.status"), text("column.progress"), text("column.progress-note"),
                text("column.completed-on"), text("column.overdue"), text("column.on-time")));
        List<List<Object>> rows = new ArrayList<>();
        for (TaskResponse task : tasks) {
            List<Object> cells = new ArrayList<>(Arrays.asList(task.planSymbol(), label("plan-status", task.planStatus())));
            if (plan != null) {
                cells.add(plan.issuingOrganizationCode());
            }
            cells.addAll(Arrays.asList(task.number(), task.text(), units(task.leadUnits()),
                    units(task.cooperatingUnits()), task.timeframe() == null ? null : task.timeframe().text(),
                    task.dueDate(), label("task-status", task.status()), task.progressPercent(), task.progressNote(),
                    task.completedOn(), yesNo(task.overdue()), yesNo(task.onTime())));
            rows.add(cells.stream().map(PlanTables::cell).toList());
        }
        return new Table(text("sheet.tasks"), header, rows);
    }

    private void row(List<List<Object>> rows, String field, Object value) {
        rows.add(Arrays.asList(text(field), cell(value)));
    }

    /** Numbers stay numbers; dates and the rest as text. */
    private static Object cell(Object value) {
        return value == null || value instanceof Number ? value : value.toString();
    }

    private String units(List<Unit> units) {
        return units.stream().map(unit -> unit.name() != null ? unit.name() : unit.organizationCode())
                .collect(Collectors.joining("; "));
    }

    private String yesNo(boolean value) {
        return text(value ? "value.yes" : "value.no");
    }

    private String label(String family, Object value) {
        return value == null ? null : EXPORT.find(language, family + "." + value).orElse(value.toString());
    }

    private String text(String key) {
        return EXPORT.text(language, key);
    }
}
