package vn.cascade.plan.domain;

import java.time.OffsetDateTime;
import vn.cascade.common.events.PlanSnapshot;

/**
 * A plan as one change left it (issue, amendment, completion, revocation); {@code content} is the snapshot
 * announced at that change, or that would have been for a completion.
 */
public record PlanRevision(long version, String status, String reason, OffsetDateTime changedAt, String changedBy,
        PlanSnapshot content) {
}
