package vn.cascade.common.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The full state of an organisation, published by directive-service on every change to the compacted
 * topic {@link Topics#ORGANIZATIONS}; other services rebuild their copy of the hierarchy from it.
 *
 * @param path            ids from the root down to this organisation, {@code /}-separated
 * @param memberCountAsOf the date {@code memberCount} refers to
 * @param validFrom       first day the organisation exists
 * @param validTo         the day it ceased to exist (exclusive), null while it exists
 * @param version         increases with every change; a copy ignores a snapshot older than what it holds
 */
public record OrganizationSnapshot(
        UUID id,
        String code,
        String name,
        String shortName,
        OrganizationLevel level,
        OrganizationKind kind,
        UUID parentId,
        String path,
        boolean active,
        Integer memberCount,
        LocalDate memberCountAsOf,
        LocalDate validFrom,
        LocalDate validTo,
        long version) {

    public static final String AGGREGATE = "organization";
    public static final String TYPE = "vn.cascade.organization.snapshot.v1";
}
