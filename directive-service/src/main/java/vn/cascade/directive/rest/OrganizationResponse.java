package vn.cascade.directive.rest;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.directive.domain.Organization;

@Schema(name = "Organization")
public record OrganizationResponse(
        UUID id,
        @Schema(example = "TU-QUANGTRI") String code,
        @Schema(example = "Tỉnh ủy Quảng Trị") String name,
        @Schema(example = "TU Quảng Trị") String shortName,
        OrganizationLevel level,
        UUID parentId,
        boolean active,
        Integer memberCount,
        @Schema(description = "Optimistic-lock version; send it back on update") long version,
        OffsetDateTime updatedAt) {

    static OrganizationResponse from(Organization organization) {
        return new OrganizationResponse(organization.id, organization.code, organization.name, organization.shortName,
                organization.level, organization.parentId, organization.active, organization.memberCount,
                organization.version, organization.updatedAt);
    }
}
