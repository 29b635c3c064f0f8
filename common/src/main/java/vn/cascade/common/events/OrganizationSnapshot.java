package vn.cascade.common.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The full state of an organisation, published by directive-service on every change to the compacted
 * topic {@link Topics#ORGANIZATIONS}; other services rebuild their copy of the hierarchy from it, its history
 * included, so they can read the hierarchy as it was on any date and follow a dissolved organisation to the
 * ones that took over from it.
 *
 * @param path            ids from the root down to this organisation, {@code /}-separated
 * @param memberCountAsOf the date {@code memberCount} refers to
 * @param validFrom       first day the organisation exists
 * @param validTo         the day it ceased to exist (exclusive), null while it exists
 * @param placements      where the organisation sat in the hierarchy over time, oldest first; the last one is the
 *                        current {@code parentId} and {@code path}
 * @param successors      the organisations that took over from this one (it merged into them, split into them or
 *                        was renamed to them)
 * @param predecessors    the organisations this one took over from
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
        List<OrganizationPlacement> placements,
        List<OrganizationSuccession> successors,
        List<OrganizationSuccession> predecessors,
        long version) {

    public static final String AGGREGATE = "organization";
    public static final String TYPE = "vn.cascade.organization.snapshot.v1";

    public OrganizationSnapshot {
        // Snapshots published before the history existed carry none: the organisation has always been where it is.
        placements = placements == null || placements.isEmpty()
                ? List.of(new OrganizationPlacement(parentId, path, validFrom, validTo))
                : List.copyOf(placements);
        successors = successors == null ? List.of() : List.copyOf(successors);
        predecessors = predecessors == null ? List.of() : List.copyOf(predecessors);
    }

    /** An organisation that has never moved nor been restructured. */
    public OrganizationSnapshot(UUID id, String code, String name, String shortName, OrganizationLevel level,
            OrganizationKind kind, UUID parentId, String path, boolean active, Integer memberCount,
            LocalDate memberCountAsOf, LocalDate validFrom, LocalDate validTo, long version) {
        this(id, code, name, shortName, level, kind, parentId, path, active, memberCount, memberCountAsOf, validFrom,
                validTo, null, null, null, version);
    }
}
