package vn.cascade.common.events;

import java.util.UUID;

/**
 * The full state of an organisation, published by directive-service on every change to the compacted
 * topic {@link Topics#ORGANIZATIONS}; other services rebuild their copy of the hierarchy from it.
 *
 * @param path     ids from the root down to this organisation, {@code /}-separated
 * @param version  increases with every change; a copy ignores a snapshot older than what it holds
 */
public record OrganizationSnapshot(
        UUID id,
        String code,
        String name,
        String shortName,
        OrganizationLevel level,
        UUID parentId,
        String path,
        boolean active,
        Integer memberCount,
        long version) {

    public static final String AGGREGATE = "organization";
    public static final String TYPE = "vn.cascade.organization.snapshot.v1";
}
