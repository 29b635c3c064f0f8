package vn.cascade.reporting.rest.dto;

import vn.cascade.common.rest.Versioned;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.common.events.ReportSnapshot;
import vn.cascade.reporting.domain.ReportStatus;

@Schema(name = "Report")
public record ReportResponse(
        UUID id,
        UUID obligationId,
        @Schema(example = "QU-HAICHAU") String organizationCode,
        @Schema(example = "TU-DANANG") String recipientCode,
        ReportStatus status,
        Map<String, Long> indicators,
        List<ReportSnapshot.TaskProgress> taskProgress,
        ReportSnapshot.Narrative narrative,
        String reviewComment,
        @Schema(description = "How often the report was submitted (more than once after a return)") int submissionCount,
        OffsetDateTime submittedAt,
        String submittedBy,
        OffsetDateTime reviewedAt,
        String reviewedBy,
        OffsetDateTime updatedAt,
        String updatedBy,
        @Schema(description = "Optimistic-lock version; send it back to change, submit or review") long version) implements Versioned {
}
