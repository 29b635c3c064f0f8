package vn.cascade.reporting.rest;

import java.util.Arrays;
import java.util.List;
import vn.cascade.common.export.SpreadsheetWriter.Table;
import vn.cascade.reporting.rest.dto.ObligationResponse;

/** Reporting obligations laid out as rows for CSV and XLSX, worded in the caller's language ({@link ExportLabels}). */
final class ObligationTables {

    private ObligationTables() {
    }

    /** One row an obligation: plan, who owes it to whom (through whom), the period, due date and status. */
    static Table obligations(List<ObligationResponse> obligations, ExportLabels labels) {
        List<String> header = List.of(labels.text("column.plan"), labels.text("column.organization"),
                labels.text("column.recipient"), labels.text("column.via"), labels.text("column.period"),
                labels.text("column.year"), labels.text("column.period-start"), labels.text("column.period-end"),
                labels.text("column.due-date"), labels.text("column.status"), labels.text("column.submitted-at"));
        List<List<Object>> rows = obligations.stream().map(o -> Arrays.<Object>asList(o.planSymbol(),
                o.organizationCode(), o.recipientCode(), o.viaCode(), labels.label("period", o.periodKind()),
                o.periodYear(), text(o.periodStart()), text(o.periodEnd()), text(o.dueDate()),
                labels.label("status", o.status()), text(o.submittedAt()))).toList();
        return new Table(labels.text("sheet.obligations"), header, rows);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
