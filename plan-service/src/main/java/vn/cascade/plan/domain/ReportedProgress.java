package vn.cascade.plan.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The progress one reporting organisation stated for a task in its latest accepted report. */
public record ReportedProgress(String organizationCode, UUID reportId, String periodKind, int periodYear, String status,
        int percent, String note, OffsetDateTime acceptedAt) {
}
