package vn.cascade.plan.rest.dto;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportedTaskProgress")
public record ReportedProgressResponse(String organizationCode, UUID reportId, String periodKind, int periodYear,
        String status, int percent, String note, OffsetDateTime acceptedAt) {
}
