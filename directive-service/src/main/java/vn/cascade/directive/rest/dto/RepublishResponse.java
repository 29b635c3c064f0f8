package vn.cascade.directive.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrganizationRepublishResult")
public record RepublishResponse(
        @Schema(description = "Snapshots written to the outbox", example = "60235") int published) {
}
