package vn.cascade.common.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A task that waited for guidance from above ("sau khi có hướng dẫn của cấp trên") was linked to the directive or
 * plan that gives it, and so got a due date: announced on {@link Topics#PLANS}, keyed by the task's plan so it stays
 * in order with the plan's own events. Announced once per task. See docs/events.md.
 *
 * @param guidance      the document that gave the guidance
 * @param matchedBy     {@code SYMBOL} when the task named it, {@code ISSUER_AND_KIND} when it named none
 * @param dueDate       the task's due date from now on
 * @param dueDateSource {@code GUIDANCE} when the guidance states its own deadline, {@code DEFAULT} when the
 *                      configured number of days after the guidance's issue date was taken
 */
@Schema(name = "TaskGuidanceLinked")
public record TaskGuidanceLinked(
        UUID planId,
        String planSymbol,
        UUID issuingOrganizationId,
        String issuingOrganizationCode,
        UUID taskId,
        String taskNumber,
        Document guidance,
        String matchedBy,
        LocalDate dueDate,
        String dueDateSource,
        OffsetDateTime linkedAt) {

    public static final String TYPE = "vn.cascade.plan.task-guidance-linked.v1";

    /** @param kind {@code DIRECTIVE} or {@code PLAN}; {@code type} is the document type code (HD, KH …) */
    @Schema(name = "TaskGuidanceLinkedDocument")
    public record Document(String kind, UUID id, String symbol, String type, String issuingOrganizationCode,
            LocalDate issueDate) {
    }
}
