package vn.cascade.plan.rest.dto;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.plan.domain.PlanStatus;

/** The plans answering a directive, level by level: 21-NQ/TW → 07-KH/TW → 48-CTr/TU → 68-KH/HU. */
@Schema(name = "Cascade")
public record CascadeResponse(
        UUID directiveId,
        @Schema(example = "21-NQ/TW") String directiveSymbol,
        LocalDate directiveIssueDate,
        @Schema(description = "Plans answering the directive with no known upper plan, each with the plans below it")
        List<Node> plans) {

    @Schema(name = "CascadeNode")
    public record Node(
            UUID planId,
            @Schema(example = "48-CTr/TU") String symbol,
            @Schema(example = "TU-QUANGTRI") String organizationCode,
            @Schema(example = "Tỉnh ủy Quảng Trị") String organizationName,
            OrganizationLevel level,
            LocalDate issueDate,
            PlanStatus status,
            @Schema(description = "Days from the directive's issue date") Long daysAfterDirective,
            List<Node> children) {
    }
}
