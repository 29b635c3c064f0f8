package vn.cascade.plan.rest.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The page type as it appears in OpenAPI, so generated SDKs get typed items. */
@Schema(name = "TaskPage")
public record TaskPage(List<TaskResponse> items, long total, int page, int size) {
}
