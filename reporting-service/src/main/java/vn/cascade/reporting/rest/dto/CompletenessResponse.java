package vn.cascade.reporting.rest.dto;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.events.ReportingPeriodKind;
import vn.cascade.reporting.domain.RollupHierarchy;
import vn.cascade.reporting.rest.dto.RollupResponse.OrganizationSummary;

@Schema(name = "Completeness", description = "Reporting discipline of a subtree for one period: completeness "
        + "(submitted ÷ due) and timeliness (submitted by the due date ÷ due)")
public record CompletenessResponse(
        OrganizationSummary organization,
        ReportingPeriodKind periodKind,
        @Schema(example = "2025") int year,
        RollupHierarchy hierarchy,
        @Schema(description = "The moment 'due' was judged at") OffsetDateTime asOf,
        @Schema(description = "The whole subtree") Row total,
        @Schema(description = "The organisation's own obligations; absent when it owes none") Row own,
        @Schema(description = "One row per direct subordinate (its whole subtree), by code", type = SchemaType.ARRAY,
                implementation = Row.class) List<Row> subordinates,
        @Schema(description = "One row per level of the reporting organisations", type = SchemaType.ARRAY,
                implementation = Row.class) List<Row> levels,
        @Schema(description = "Obligations past their due date with no report, by organisation code (at most 1000)",
                type = SchemaType.ARRAY, implementation = Missing.class) List<Missing> notReported) {

    @Schema(name = "CompletenessRow")
    public record Row(
            @Schema(description = "Absent on a per-level row") OrganizationSummary organization,
            OrganizationLevel level,
            @Schema(description = "Obligations whose due date has passed, or already answered", example = "4") long due,
            @Schema(description = "Of those, submitted at least once (also if later returned)", example = "3")
            long submitted,
            @Schema(description = "Of those, first submitted by the end of the due date", example = "2") long onTime,
            @Schema(description = "due − submitted", example = "1") long missing,
            @Schema(description = "submitted ÷ due in percent; absent when nothing was due", example = "75.00")
            BigDecimal completeness,
            @Schema(description = "onTime ÷ due in percent; absent when nothing was due", example = "50.00")
            BigDecimal timeliness) {
    }

    @Schema(name = "MissingReport")
    public record Missing(
            OrganizationSummary organization,
            UUID obligationId,
            @Schema(example = "68-KH/HU") String planSymbol,
            @Schema(example = "HU-VINHLINH") String recipientCode,
            LocalDate dueDate,
            @Schema(example = "OVERDUE") String status) {
    }
}
