package vn.cascade.reporting.rest.dto;

import vn.cascade.common.rest.Versioned;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.common.events.ReportingPeriodKind;
import vn.cascade.reporting.domain.ObligationStatus;

@Schema(name = "ReportingObligation", description = "One organisation owes one report for one period of one plan")
public record ObligationResponse(
        UUID id,
        UUID planId,
        @Schema(example = "47-KH/TU") String planSymbol,
        @Schema(description = "The reporting requirement of the plan this obligation comes from") UUID requirementId,
        @Schema(description = "The reporting organisation") UUID organizationId,
        @Schema(example = "QU-HAICHAU") String organizationCode,
        UUID recipientId,
        @Schema(example = "TU-DANANG") String recipientCode,
        @Schema(description = "The body that receives the report for the recipient (qua …), if any") UUID viaId,
        @Schema(example = "BTC-TU-DANANG") String viaCode,
        ReportingPeriodKind periodKind,
        @Schema(example = "2023") int periodYear,
        @Schema(example = "2023-01-01") LocalDate periodStart,
        @Schema(example = "2023-03-31") LocalDate periodEnd,
        @Schema(example = "2023-04-05") LocalDate dueDate,
        @Schema(example = "2023-03-29") LocalDate reminderDate,
        ObligationStatus status,
        OffsetDateTime reminderSentAt,
        OffsetDateTime overdueMarkedAt,
        OffsetDateTime submittedAt,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Optimistic-lock version") long version) implements Versioned {
}
