package vn.cascade.directive.rest.dto;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReorganisationReference", description = "A reorganisation shipped with the service: its sources, "
        + "the organisations before it, those it left alone and the operation that applies it")
public record ReorganisationReferenceResponse(
        String title,
        @Schema(example = "2025-07-01") LocalDate effectiveDate,
        String note,
        List<SourceResponse> sources,
        @Schema(description = "The organisations as they were before it") List<CreateOrganizationRequest> committeesBefore,
        @Schema(description = "Codes of the organisations it left alone") List<String> unchanged,
        @Schema(description = "The operation: POST it to /api/v1/organizations/reorganisations") ReorganisationRequest operation) {

    @Schema(name = "ReorganisationSource", description = "A public source: the document's symbol and date where known, "
            + "and where it was read")
    public record SourceResponse(
            @Schema(example = "NQ202") String id,
            @Schema(example = "202/2025/QH15") String symbol,
            @Schema(description = "ISO date, or only year and month where the source gives no day", example = "2025-06-12")
            String date,
            String issuer,
            String what,
            String url) {
    }
}
