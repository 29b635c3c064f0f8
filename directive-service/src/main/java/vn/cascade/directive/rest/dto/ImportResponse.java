package vn.cascade.directive.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrganizationImportResult")
public record ImportResponse(
        @Schema(description = "Organisations registered by this request", example = "37") int created,
        @Schema(description = "Rows whose code was already registered and were left alone (reference data only)",
                example = "0") int existing) {
}
