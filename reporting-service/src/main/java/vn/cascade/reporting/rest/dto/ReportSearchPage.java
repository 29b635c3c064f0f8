package vn.cascade.reporting.rest.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The page type as it appears in OpenAPI, so generated SDKs get typed items. */
@Schema(name = "ReportSearchPage")
public record ReportSearchPage(List<ReportSearchHitResponse> items, long total, int page, int size) {
}
