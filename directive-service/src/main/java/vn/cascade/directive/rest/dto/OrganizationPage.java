package vn.cascade.directive.rest.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The documented shape of {@code PageResponse<OrganizationResponse>}, so generated SDKs get typed items. */
@Schema(name = "OrganizationPage")
public record OrganizationPage(
        List<OrganizationResponse> items,
        @Schema(description = "Matching organisations across all pages", example = "42") long total,
        @Schema(description = "Zero-based page number", example = "0") int page,
        @Schema(description = "Requested page size", example = "20") int size) {
}
