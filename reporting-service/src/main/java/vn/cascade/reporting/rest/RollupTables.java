package vn.cascade.reporting.rest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.cascade.reporting.rest.dto.CompletenessResponse;
import vn.cascade.reporting.rest.dto.RollupResponse;
import vn.cascade.reporting.rest.dto.RollupResponse.Figure;
import vn.cascade.reporting.rest.dto.RollupResponse.OrganizationSummary;
import vn.cascade.reporting.rest.SpreadsheetWriter.Table;

/** The roll-up and the completeness table laid out as rows, with Vietnamese headings, for CSV and XLSX. */
final class RollupTables {

    private static final String TOTAL = "Tổng";
    private static final String OWN = "Bản thân";
    private static final String SUBORDINATE = "Trực thuộc";
    private static final String LEVEL = "Theo cấp";
    /** An organisation split since the period, counted whole at its successors' common ancestor. */
    private static final String SPLIT = "Đã chia tách";

    private RollupTables() {
    }

    /** Scope, code, name, level, reporting organisations, then value and result of each indicator. */
    static Table rollup(RollupResponse rollup) {
        List<String> header = new ArrayList<>(List.of("Phạm vi", "Mã đơn vị", "Tên đơn vị", "Cấp",
                "Số đơn vị có báo cáo"));
        for (String indicator : rollup.indicators()) {
            String heading = heading(rollup.total(), indicator);
            header.add(heading);
            header.add(heading + " – đánh giá");
        }
        List<List<Object>> rows = new ArrayList<>();
        rows.add(rollupRow(TOTAL, rollup.total(), rollup.indicators()));
        if (rollup.own() != null) {
            rows.add(rollupRow(OWN, rollup.own(), rollup.indicators()));
        }
        rollup.subordinates().forEach(row -> rows.add(rollupRow(row.splitInto() == null ? SUBORDINATE : SPLIT, row,
                rollup.indicators())));
        return new Table("Tổng hợp " + rollup.periodKind() + " " + rollup.year(), header, rows);
    }

    static List<Table> completeness(CompletenessResponse table) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(completenessRow(TOTAL, table.total()));
        if (table.own() != null) {
            rows.add(completenessRow(OWN, table.own()));
        }
        table.subordinates().forEach(row -> rows.add(completenessRow(SUBORDINATE, row)));
        table.levels().forEach(row -> rows.add(completenessRow(LEVEL, row)));
        Table figures = new Table("Đầy đủ, kịp thời", List.of("Phạm vi", "Mã đơn vị", "Tên đơn vị", "Cấp",
                "Phải báo cáo", "Đã báo cáo", "Đúng hạn", "Chưa báo cáo", "Tỉ lệ đầy đủ (%)", "Tỉ lệ kịp thời (%)"),
                rows);
        List<List<Object>> missing = new ArrayList<>();
        table.notReported().forEach(row -> missing.add(Arrays.asList(row.organization().code(),
                row.organization().name(), row.organization().level().name(), row.planSymbol(), row.recipientCode(),
                row.dueDate().toString(), row.status())));
        Table notReported = new Table("Chưa báo cáo", List.of("Mã đơn vị", "Tên đơn vị", "Cấp", "Kế hoạch",
                "Nơi nhận", "Hạn báo cáo", "Trạng thái"), missing);
        return List.of(figures, notReported);
    }

    private static List<Object> rollupRow(String scope, RollupResponse.Row row, List<String> indicators) {
        List<Object> cells = organization(scope, row.organization());
        cells.add(row.reportingOrganizations());
        for (String indicator : indicators) {
            Figure figure = figure(row, indicator);
            cells.add(figure == null ? null : figure.value());
            cells.add(figure == null ? null : figure.result().name());
        }
        return cells;
    }

    private static List<Object> completenessRow(String scope, CompletenessResponse.Row row) {
        List<Object> cells = organization(scope, row.organization());
        if (row.organization() == null) {
            cells.set(3, row.level().name());
        }
        cells.addAll(Arrays.asList(row.due(), row.submitted(), row.onTime(), row.missing(),
                row.completeness(), row.timeliness()));
        return cells;
    }

    /** "Vietnamese name (CODE)" as the catalogue names it, the code alone for one only a target names. */
    private static String heading(RollupResponse.Row total, String indicator) {
        Figure figure = figure(total, indicator);
        return figure == null || figure.name() == null ? indicator : figure.name() + " (" + indicator + ")";
    }

    /** The figure of one indicator, or null. */
    private static Figure figure(RollupResponse.Row row, String indicator) {
        return row.figures().stream().filter(figure -> figure.indicator().equals(indicator)).findFirst().orElse(null);
    }

    private static List<Object> organization(String scope, OrganizationSummary organization) {
        return new ArrayList<>(Arrays.asList(scope,
                organization == null ? null : organization.code(),
                organization == null ? null : organization.name(),
                organization == null || organization.level() == null ? null : organization.level().name()));
    }
}
