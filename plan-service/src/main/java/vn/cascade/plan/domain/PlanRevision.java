package vn.cascade.plan.domain;

import java.time.OffsetDateTime;
import vn.cascade.common.events.PlanSnapshot;

/**
 * A plan as one change left it (issue, amendment, completion, replacement, revocation); {@code content} is the
 * snapshot announced at that change, {@code document} the plan whole (null for revisions kept before issue 19).
 */
public record PlanRevision(long version, String status, String reason, OffsetDateTime changedAt, String changedBy,
        PlanSnapshot content, PlanContent document) {
}
