/**
 * Notifications: the report events of this service told to the people who must act on them, in an inbox per
 * organisation and role (read state per user) and by e-mail to the contacts an organisation registers. Kept in a
 * folder of its own with the same layers as the service ({@code events} → {@code service} → {@code repository},
 * {@code domain}; {@code rest} on top), so that it can move into a service of its own. See docs/notifications.md.
 */
package vn.cascade.reporting.notification;
