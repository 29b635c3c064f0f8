package vn.cascade.plan.rest.dto;

import vn.cascade.common.rest.Versioned;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.common.documents.DocumentType;
import vn.cascade.common.documents.Target;
import vn.cascade.plan.domain.DocumentLink;
import vn.cascade.plan.domain.PlanStatus;
import vn.cascade.plan.domain.Recipient;
import vn.cascade.plan.domain.ReportingRequirement;
import vn.cascade.plan.domain.Signer;

@Schema(name = "Plan")
public record PlanResponse(
        UUID id,
        @Schema(example = "68-KH/HU") String symbol,
        DocumentType type,
        @Schema(example = "HU-VINHLINH") String issuingOrganizationCode,
        @Schema(example = "Huyện ủy Vĩnh Linh") String issuingOrganizationName,
        @Schema(example = "2023-01-09") LocalDate issueDate,
        @Schema(example = "Vĩnh Linh") String issuePlace,
        String title,
        String purposes,
        String requirements,
        String implementation,
        DocumentLink implementsDirective,
        @Schema(description = "The upper-level plan this one answers") UUID parentPlanId,
        @Schema(example = "48-CTr/TU") String parentPlanSymbol,
        List<DocumentLink> basedOn,
        List<TargetView> targets,
        List<TaskResponse> tasks,
        List<ReportingRequirement> reportingRequirements,
        List<Recipient> recipients,
        Signer signer,
        @Schema(description = "Codes that must answer with a plan; empty for all direct subordinates") List<String> subordinatePlanAddressees,
        LocalDate subordinatePlanDeadline,
        PlanStatus status,
        String statusReason,
        @Schema(description = "Optimistic-lock version; send it back to change the plan") long version,
        OffsetDateTime issuedAt,
        OffsetDateTime updatedAt,
        String updatedBy,
        @Schema(description = "Later plans that amended this one (sửa đổi, bổ sung), oldest first; it stays in force")
        List<DocumentLink> amendedBy,
        @Schema(description = "The later plan that replaced this one (thay thế), when its status is REPLACED")
        DocumentLink replacedBy,
        @Schema(description = "Only in the answer to a lifecycle change: what it did to other plans")
        ConsequencesResponse consequences) implements Versioned {

    /**
     * A target with how it compares to the matching target above it (the parent plan's, else the implemented
     * directive's).
     */
    @Schema(name = "TargetView")
    public record TargetView(
            Target target,
            @Schema(description = "The matching target above, if any") Target parentTarget,
            @Schema(example = "48-CTr/TU") String parentSymbol,
            @Schema(description = "Asks less than the target above") boolean weakerThanParent) {
    }
}
