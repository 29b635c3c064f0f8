package vn.cascade.plan.rest;

import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.cascade.common.export.ExportFormat;
import vn.cascade.common.problem.ProblemException;

/** How the plan and task exports pick their form: CSV unless XLSX is asked for; JSON has its own operations. */
final class PlanExports {

    static final String FORMAT = "csv (default) or xlsx; overrides Accept";

    private PlanExports() {
    }

    static ExportFormat format(String format, List<MediaType> acceptable) {
        ExportFormat as = ExportFormat.of(format, acceptable);
        if (as == ExportFormat.JSON) {
            if (format != null && !format.isBlank()) {
                throw ProblemException.invalid("format", "an export is csv or xlsx; the JSON form is the list itself");
            }
            return ExportFormat.CSV;
        }
        return as;
    }
}
