package vn.cascade.directive.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.common.events.OrganizationKind;
import vn.cascade.common.events.OrganizationLevel;

/** The whole new state of an organisation (its code never changes); a new parentCode moves it. */
@Schema(name = "UpdateOrganizationRequest")
public record UpdateOrganizationRequest(
        @Schema(example = "Huyện ủy Vĩnh Linh")
        @NotBlank @Size(max = 300)
        String name,
        @Schema(example = "HU Vĩnh Linh")
        @Size(max = 100)
        String shortName,
        @Schema(example = "DISTRICT")
        @NotNull
        OrganizationLevel level,
        @Schema(example = "PARTY_COMMITTEE")
        @NotNull
        OrganizationKind kind,
        @Schema(description = "Code of the parent; none for a root. Changing it moves the whole subtree", example = "TU-QUANGTRI")
        String parentCode,
        @Schema(example = "9800")
        @PositiveOrZero
        Integer memberCount,
        @Schema(description = "The date memberCount refers to", example = "2022-12-31")
        LocalDate memberCountAsOf,
        @Schema(description = "First day the organisation exists", example = "1977-03-01")
        @NotNull
        LocalDate validFrom,
        @Schema(description = "The version last read; a stale one gets 409 stale-version", example = "3")
        @NotNull
        Long version) {
}
