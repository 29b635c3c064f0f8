package vn.cascade.reporting.notification.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NotificationUnreadCount")
public record UnreadCountResponse(@Schema(description = "Notifications in the caller's inbox it has not read",
        example = "3") long unread) {
}
