package vn.cascade.reporting.notification.domain;

/** The people of one organisation who hold one role: whom a notification is addressed to. */
public record Audience(String organizationCode, AudienceRole role) {
}
