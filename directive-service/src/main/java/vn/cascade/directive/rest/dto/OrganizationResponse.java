package vn.cascade.directive.rest.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.common.events.OrganizationKind;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.directive.domain.Organization;
import vn.cascade.directive.repository.OrganizationRepository.Placed;

@Schema(name = "Organization")
public record OrganizationResponse(
        UUID id,
        @Schema(example = "TU-QUANGTRI") String code,
        @Schema(example = "Tỉnh ủy Quảng Trị") String name,
        @Schema(example = "TU Quảng Trị") String shortName,
        OrganizationLevel level,
        OrganizationKind kind,
        @Schema(description = "Its parent; in a reading as of a date, its parent on that date") UUID parentId,
        boolean active,
        @Schema(example = "68500") Integer memberCount,
        @Schema(example = "2022-12-31") LocalDate memberCountAsOf,
        @Schema(example = "1930-02-03") LocalDate validFrom,
        @Schema(description = "The day it ceased to exist (exclusive); absent while it exists", example = "2025-07-01")
        LocalDate validTo,
        @Schema(description = "Optimistic-lock version; send it back on update") long version,
        OffsetDateTime updatedAt) {

    public static OrganizationResponse from(Organization organization) {
        return from(organization, organization.parentId);
    }

    /** As it is now, but under the parent it had on the date read. */
    public static OrganizationResponse from(Placed placed) {
        return from(placed.organization(), placed.parentId());
    }

    private static OrganizationResponse from(Organization organization, UUID parentId) {
        return new OrganizationResponse(organization.id, organization.code, organization.name, organization.shortName,
                organization.level, organization.kind, parentId, organization.active,
                organization.memberCount, organization.memberCountAsOf, organization.validFrom, organization.validTo,
                organization.version, organization.updatedAt);
    }
}
