package vn.cascade.common.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A periodic report as reporting-service announces it on {@link Topics#REPORTS}, keyed by the id of the
 * obligation it answers, when it is submitted, accepted or returned. plan-service takes the task progress
 * of accepted reports. See docs/events.md.
 *
 * @param indicators indicator code → count (NEW_MEMBERS_ADMITTED, TOTAL_MEMBERS, …)
 * @param reviewComment the reviewer's comment on the latest acceptance or return
 */
public record ReportSnapshot(
        UUID id,
        UUID obligationId,
        UUID planId,
        String planSymbol,
        PlanSnapshot.OrganizationRef organization,
        PlanSnapshot.OrganizationRef recipient,
        ReportingPeriodKind periodKind,
        int periodYear,
        String status,
        long version,
        Map<String, Long> indicators,
        List<TaskProgress> taskProgress,
        Narrative narrative,
        String reviewComment,
        OffsetDateTime submittedAt,
        String submittedBy,
        OffsetDateTime reviewedAt,
        String reviewedBy) {

    public static final String AGGREGATE = "obligation";
    public static final String SUBMITTED = "vn.cascade.report.submitted.v1";
    public static final String ACCEPTED = "vn.cascade.report.accepted.v1";
    public static final String RETURNED = "vn.cascade.report.returned.v1";

    /** Progress of one task of the plan, as the reporting organisation states it. */
    @Schema(name = "TaskProgress")
    public record TaskProgress(
            @Schema(description = "The plan's task") @NotNull UUID taskId,
            @NotNull TaskStatus status,
            @Schema(description = "0–100", example = "60") @Min(0) @Max(100) int percent,
            @Schema(example = "Đã tổ chức quán triệt đến 100% chi bộ") @Size(max = 4000) String note) {
    }

    @Schema(name = "ReportedTaskStatus")
    public enum TaskStatus {
        /** chưa triển khai */
        NOT_STARTED,
        /** đang triển khai */
        IN_PROGRESS,
        /** hoàn thành */
        COMPLETED,
        /** thường xuyên: an ongoing task, carried on every period */
        ONGOING
    }

    /** The sections every Vietnamese report has. */
    @Schema(name = "ReportNarrative")
    public record Narrative(
            @Schema(description = "kết quả đạt được: results achieved") @Size(max = 20000) String results,
            @Schema(description = "hạn chế, khuyết điểm: limitations and shortcomings") @Size(max = 20000) String limitations,
            @Schema(description = "nguyên nhân: causes") @Size(max = 20000) String causes,
            @Schema(description = "bài học kinh nghiệm: lessons") @Size(max = 20000) String lessons,
            @Schema(description = "kiến nghị, đề xuất: proposals") @Size(max = 20000) String proposals) {
    }
}
