package vn.cascade.plan.rest.dto;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a count target is shared among the plans below: a province's yearly admissions against what its
 * districts' plans set themselves ("từ 130 đảng viên trở lên").
 */
@Schema(name = "Allocation")
public record AllocationResponse(
        UUID planId,
        @Schema(example = "48-CTr/TU") String planSymbol,
        @Schema(example = "NEW_MEMBERS_ADMITTED") String indicatorCode,
        @Schema(description = "This plan's own figure", example = "1500") BigDecimal value,
        @Schema(description = "What the plans below set, added up", example = "1420") BigDecimal allocated,
        @Schema(description = "value − allocated: positive when the plans below ask less than this plan", example = "80") BigDecimal unallocated,
        List<Share> shares) {

    @Schema(name = "AllocationShare")
    public record Share(
            UUID planId,
            @Schema(example = "68-KH/HU") String planSymbol,
            @Schema(example = "HU-VINHLINH") String organizationCode,
            @Schema(example = "130") BigDecimal value) {
    }
}
