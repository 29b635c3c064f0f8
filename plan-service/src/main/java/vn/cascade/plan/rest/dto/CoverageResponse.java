package vn.cascade.plan.rest.dto;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** For one organisation and one directive: which subordinates have answered with a plan, and who still owes one. */
@Schema(name = "Coverage")
public record CoverageResponse(
        @Schema(example = "TU-QUANGTRI") String organizationCode,
        @Schema(example = "21-NQ/TW") String directiveSymbol,
        @Schema(description = "The organisation's own plan for the directive, if issued") UUID planId,
        @Schema(example = "48-CTr/TU") String planSymbol,
        @Schema(description = "By when the subordinates must answer") LocalDate deadline,
        List<Answer> answered,
        List<Debt> owing) {

    @Schema(name = "CoverageAnswer")
    public record Answer(
            @Schema(example = "HU-VINHLINH") String organizationCode,
            @Schema(example = "Huyện ủy Vĩnh Linh") String organizationName,
            UUID planId,
            @Schema(example = "68-KH/HU") String planSymbol,
            LocalDate issueDate,
            @Schema(description = "Days from the directive's issue date", example = "207") long daysAfterDirective,
            @Schema(description = "Issued after the deadline") boolean late) {
    }

    @Schema(name = "CoverageDebt")
    public record Debt(
            @Schema(example = "HU-GIOLINH") String organizationCode,
            @Schema(example = "Huyện ủy Gio Linh") String organizationName,
            @Schema(description = "The deadline has passed") boolean late) {
    }
}
