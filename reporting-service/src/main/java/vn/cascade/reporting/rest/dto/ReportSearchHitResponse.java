package vn.cascade.reporting.rest.dto;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.common.events.ReportingPeriodKind;

/** A report a search found, with the plan and period it answers. */
@Schema(name = "ReportSearchHit")
public record ReportSearchHitResponse(
        ReportResponse report,
        UUID planId,
        @Schema(example = "68-KH/HU") String planSymbol,
        ReportingPeriodKind periodKind,
        @Schema(example = "2025") int periodYear,
        LocalDate dueDate) {
}
