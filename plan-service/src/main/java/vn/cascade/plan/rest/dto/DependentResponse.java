package vn.cascade.plan.rest.dto;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.plan.domain.PlanStatus;

/** A plan resting on another one, directly (depth 1) or through the plans between them. */
@Schema(name = "DependentPlan")
public record DependentResponse(
        UUID planId,
        @Schema(example = "15-KH/ĐU") String symbol,
        @Schema(example = "DU-XA-VINHTU") String issuingOrganizationCode,
        @Schema(example = "ISSUED") PlanStatus status,
        @Schema(description = "The document this plan itself names, through which it rests on the changed one",
                example = "68-KH/HU") String restsOnSymbol,
        @Schema(description = "1 when it names the plan itself, 2 when it rests on a plan that does, and so on",
                example = "1") int depth) {
}
