package vn.cascade.plan.rest.dto;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.plan.domain.PlanContent;

/** One version of a plan: when and why it came about, and (except in lists) the plan whole as it stood. */
@Schema(name = "PlanVersion")
public record PlanVersionResponse(
        @Schema(description = "The plan's version at the change; the {n} of …/versions/{n}", example = "2") long version,
        @Schema(example = "AMENDED") String status,
        @Schema(description = "The reason the issuer gave", example = "Bổ sung nhiệm vụ") String reason,
        OffsetDateTime changedAt,
        @Schema(example = "issuer.hu-vinhlinh") String changedBy,
        @Schema(description = "False for a version kept before full history (issue 19): rebuilt from the event "
                + "summary, without purposes, requirements, recipients or signer, task titles cut at 300 characters")
        boolean whole,
        @Schema(description = "The plan whole; absent in the list of versions") PlanContent content) {
}
