package vn.cascade.reporting.domain;

import java.time.OffsetDateTime;
import vn.cascade.common.events.ReportSnapshot;

/** A report as one submission or review left it (issue 19); {@code content} as it was announced. */
public record ReportVersion(long version, int submission, String status, OffsetDateTime changedAt, String changedBy,
        ReportSnapshot content) {
}
