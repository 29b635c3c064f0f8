package vn.cascade.directive.rest.dto;

import vn.cascade.common.rest.Versioned;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.common.events.OrganizationKind;
import vn.cascade.common.events.OrganizationLevel;

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
        OffsetDateTime updatedAt) implements Versioned {
}
