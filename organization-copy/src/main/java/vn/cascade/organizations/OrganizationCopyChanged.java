package vn.cascade.organizations;

import vn.cascade.common.events.OrganizationSnapshot;

/**
 * Fired (synchronously, inside the transaction that applied it) when the copy took a newer snapshot, so a service
 * can act on a change of the hierarchy in the same transaction as the event's inbox entry: once, or not at all.
 */
public record OrganizationCopyChanged(OrganizationSnapshot snapshot) {
}
