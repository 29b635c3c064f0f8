package vn.cascade.plan.rest.dto;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.common.documents.ReferenceKind;
import vn.cascade.plan.domain.PlanStatus;

/** What a lifecycle change did to other plans: those it amended or replaced, and those resting on the plan. */
@Schema(name = "PlanConsequences", description = "Present only in the answer to a lifecycle change (issue, amend, "
        + "complete, revoke): the earlier plans the change amended or replaced, each with the plans resting on it, "
        + "and the plans resting on this one. Each plan listed under an amendment, replacement or revocation was sent "
        + "vn.cascade.plan.basis-changed.v1; a completion lists them without telling them.")
public record ConsequencesResponse(
        @Schema(description = "Earlier plans this one names as amended (they stay in force, AMENDED) or replaced "
                + "(now REPLACED)") List<Superseded> superseded,
        @Schema(description = "Plans in force resting on this plan, directly or through others, nearest first")
        List<DependentResponse> dependents) {

    @Schema(name = "SupersededPlan")
    public record Superseded(
            UUID planId,
            @Schema(example = "68-KH/HU") String symbol,
            @Schema(example = "HU-VINHLINH") String issuingOrganizationCode,
            @Schema(description = "AMENDS or REPLACES, as the later plan names it", example = "REPLACES") ReferenceKind kind,
            @Schema(description = "Its status after the change", example = "REPLACED") PlanStatus status,
            @Schema(description = "The plans resting on it, each told") List<DependentResponse> dependents) {
    }
}
