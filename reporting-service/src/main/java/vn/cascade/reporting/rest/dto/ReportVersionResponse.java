package vn.cascade.reporting.rest.dto;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.common.events.ReportSnapshot;

/** A report as one submission or review left it. */
@Schema(name = "ReportVersion")
public record ReportVersionResponse(
        @Schema(description = "The report's version after the change", example = "3") long version,
        @Schema(description = "1 for the first submission, 2 after a return, …", example = "1") int submission,
        @Schema(description = "SUBMITTED, ACCEPTED or RETURNED", example = "SUBMITTED") String status,
        OffsetDateTime changedAt,
        @Schema(example = "reporter-vinhtu") String changedBy,
        Map<String, Long> indicators,
        List<ReportSnapshot.TaskProgress> taskProgress,
        ReportSnapshot.Narrative narrative) {
}
