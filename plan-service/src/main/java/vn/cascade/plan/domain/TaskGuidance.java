package vn.cascade.plan.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The guidance a task waited for ("sau khi có hướng dẫn của cấp trên"), once issued, and the due date it gave the task.
 *
 * @param kind          DIRECTIVE (a guidance, resolution … of directive-service) or PLAN (a plan of plan-service)
 * @param matchedBy     SYMBOL when the task named the document, ISSUER_AND_KIND when it did not
 * @param dueDateSource GUIDANCE when the guidance states a deadline, DEFAULT when the configured days were counted
 *                      from its issue date
 */
@Schema(name = "TaskGuidance", description = "The awaited guidance, linked when it was issued")
public record TaskGuidance(
        @Schema(enumeration = {"DIRECTIVE", "PLAN"}, example = "DIRECTIVE") String kind,
        UUID documentId,
        @Schema(example = "40-HD/BTCTW") String symbol,
        @Schema(example = "HD") String type,
        @Schema(example = "BTCTW") String issuingOrganizationCode,
        @Schema(example = "2023-03-15") LocalDate issueDate,
        @Schema(enumeration = {"SYMBOL", "ISSUER_AND_KIND"}, example = "ISSUER_AND_KIND") String matchedBy,
        @Schema(description = "The due date the guidance gave the task", example = "2023-06-13") LocalDate dueDate,
        @Schema(enumeration = {"GUIDANCE", "DEFAULT"}, example = "DEFAULT") String dueDateSource,
        OffsetDateTime linkedAt) {
}
