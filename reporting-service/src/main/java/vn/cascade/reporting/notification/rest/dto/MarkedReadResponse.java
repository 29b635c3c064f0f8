package vn.cascade.reporting.notification.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NotificationsMarkedRead")
public record MarkedReadResponse(@Schema(description = "How many were unread until now", example = "3") int marked) {
}
