package vn.cascade.reporting.notification.rest.dto;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The page type as it appears in OpenAPI, so generated SDKs get typed items. */
@Schema(name = "NotificationPage")
public record NotificationPage(List<NotificationResponse> items, long total, int page, int size) {
}
