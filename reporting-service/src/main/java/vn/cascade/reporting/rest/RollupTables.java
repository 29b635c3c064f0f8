package vn.cascade.reporting.rest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.cascade.reporting.rest.dto.CompletenessResponse;
import vn.cascade.reporting.rest.dto.RollupResponse;
import vn.cascade.reporting.rest.dto.RollupResponse.Figure;
import vn.cascade.reporting.rest.dto.RollupResponse.OrganizationSummary;
import vn.cascade.common.export.SpreadsheetWriter.Table;

/**
 * The roll-up and the completeness table laid out as rows for CSV and XLSX, worded in the caller's language
 * ({@link ExportLabels}): Vietnamese headings and labels by default, English with {@code Accept-Language: en}.
 * Codes stay codes; numbers stay numbers.
 */
final class RollupTables {

    private static final String TOTAL = "TOTAL";
    private static final String OWN = "OWN";
    private static final String SUBORDINATE = "SUBORDINATE";
    private static final String LEVEL = "LEVEL";
    /** An organisation split since the period, counted whole at its successors' common ancestor. */
    private static final String SPLIT = "SPLIT";

    private RollupTables() {
    }

    /** Scope, code, name, level, reporting organisations, then value and result of each indicator. */
    static Table rollup(RollupResponse rollup, ExportLabels labels) {
        List<String> header = new ArrayList<>(List.of(labels.text("column.scope"), labels.text("column.code"),
                labels.text("column.name"), labels.text("column.level"), labels.text("column.reporting")));
        for (String indicator : rollup.indicators()) {
            String heading = heading(rollup.total(), indicator, labels);
            header.add(heading);
            header.add(labels.text("column.assessment", heading));
        }
        List<List<Object>> rows = new ArrayList<>();
        rows.add(rollupRow(TOTAL, rollup.total(), rollup.indicators(), labels));
        if (rollup.own() != null) {
            rows.add(rollupRow(OWN, rollup.own(), rollup.indicators(), labels));
        }
        rollup.subordinates().forEach(row -> rows.add(rollupRow(row.splitInto() == null ? SUBORDINATE : SPLIT, row,
                rollup.indicators(), labels)));
        return new Table(labels.text("sheet.rollup", labels.label("period", rollup.periodKind()), rollup.year()),
                header, rows);
    }

    static List<Table> completeness(CompletenessResponse table, ExportLabels labels) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(completenessRow(TOTAL, table.total(), labels));
        if (table.own() != null) {
            rows.add(completenessRow(OWN, table.own(), labels));
        }
        table.subordinates().forEach(row -> rows.add(completenessRow(SUBORDINATE, row, labels)));
        table.levels().forEach(row -> rows.add(completenessRow(LEVEL, row, labels)));
        Table figures = new Table(labels.text("sheet.completeness"), List.of(labels.text("column.scope"),
                labels.text("column.code"), labels.text("column.name"), labels.text("column.level"),
                labels.text("column.due"), labels.text("column.submitted"), labels.text("column.on-time"),
                labels.text("column.missing"), labels.text("column.completeness"), labels.text("column.timeliness")),
                rows);
        List<List<Object>> missing = new ArrayList<>();
        table.notReported().forEach(row -> missing.add(Arrays.asList(row.organization().code(),
                row.organization().name(), labels.label("level", row.organization().level()), row.planSymbol(),
                row.recipientCode(), row.dueDate().toString(), labels.label("status", row.status()))));
        Table notReported = new Table(labels.text("sheet.not-reported"), List.of(labels.text("column.code"),
                labels.text("column.name"), labels.text("column.level"), labels.text("column.plan"),
                labels.text("column.recipient"), labels.text("column.due-date"), labels.text("column.status")), missing);
        return List.of(figures, notReported);
    }

    private static List<Object> rollupRow(String scope, RollupResponse.Row row, List<String> indicators,
            ExportLabels labels) {
        List<Object> cells = organization(scope, row.organization(), labels);
        cells.add(row.reportingOrganizations());
        for (String indicator : indicators) {
            Figure figure = figure(row, indicator);
            cells.add(figure == null ? null : figure.value());
            cells.add(figure == null ? null : labels.label("result", figure.result()));
        }
        return cells;
    }

    private static List<Object> completenessRow(String scope, CompletenessResponse.Row row, ExportLabels labels) {
        List<Object> cells = organization(scope, row.organization(), labels);
        if (row.organization() == null) {
            cells.set(3, labels.label("level", row.level()));
        }
        cells.addAll(Arrays.asList(row.due(), row.submitted(), row.onTime(), row.missing(),
                row.completeness(), row.timeliness()));
        return cells;
    }

    /** "Name (CODE)" as the catalogue names it in the language, the code alone for one only a target names. */
    private static String heading(RollupResponse.Row total, String indicator, ExportLabels labels) {
        Figure figure = figure(total, indicator);
        String name = labels.indicatorName(indicator, figure == null ? null : figure.name());
        return name == null ? indicator : name + " (" + indicator + ")";
    }

    /** The figure of one indicator, or null. */
    private static Figure figure(RollupResponse.Row row, String indicator) {
        return row.figures().stream().filter(figure -> figure.indicator().equals(indicator)).findFirst().orElse(null);
    }

    private static List<Object> organization(String scope, OrganizationSummary organization, ExportLabels labels) {
        return new ArrayList<>(Arrays.asList(labels.label("scope", scope),
                organization == null ? null : organization.code(),
                organization == null ? null : organization.name(),
                organization == null ? null : labels.label("level", organization.level())));
    }
}
