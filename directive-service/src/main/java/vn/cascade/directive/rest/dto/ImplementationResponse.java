package vn.cascade.directive.rest.dto;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.common.events.OrganizationLevel;

/** Who has answered a directive with a plan, how soon, and which subordinates of an organisation have not yet. */
@Schema(name = "Implementation")
public record ImplementationResponse(
        UUID directiveId,
        @Schema(example = "21-NQ/TW") String directiveSymbol,
        LocalDate directiveIssueDate,
        List<Answer> answered,
        @Schema(description = "The organisation whose direct subordinates are checked, when one was asked for", example = "TU-QUANGTRI")
        String organizationCode,
        @Schema(description = "Its direct subordinates without a plan for the directive")
        List<Pending> notYet) {

    @Schema(name = "ImplementationAnswer")
    public record Answer(
            @Schema(example = "HU-VINHLINH") String organizationCode,
            @Schema(example = "Huyện ủy Vĩnh Linh") String organizationName,
            OrganizationLevel level,
            UUID planId,
            @Schema(example = "68-KH/HU") String planSymbol,
            LocalDate issueDate,
            @Schema(example = "207") long daysAfterDirective) {
    }

    @Schema(name = "ImplementationPending")
    public record Pending(
            @Schema(example = "HU-GIOLINH") String organizationCode,
            @Schema(example = "Huyện ủy Gio Linh") String organizationName,
            OrganizationLevel level) {
    }
}
