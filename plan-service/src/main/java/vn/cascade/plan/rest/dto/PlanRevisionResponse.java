package vn.cascade.plan.rest.dto;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.common.events.PlanSnapshot;

/**
 * The plan as one change left it. Its content is the snapshot announced at that change, kept as it was stored:
 * the event's own schema names (in common) leave no room for a copy of that shape under the same names.
 */
@Schema(name = "PlanRevision")
public record PlanRevisionResponse(long version, String status, String reason, OffsetDateTime changedAt,
        String changedBy, PlanSnapshot content) {
}
