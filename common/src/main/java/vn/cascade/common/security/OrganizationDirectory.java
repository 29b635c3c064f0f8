package vn.cascade.common.security;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.cascade.common.events.OrganizationKind;

/**
 * Where organisations sit in the hierarchy, as the service knows it: directive-service from the registry it
 * owns, the others from their copy of the snapshots. Paths are {@code /root-id/…/own-id}.
 */
public interface OrganizationDirectory {

    /** An organisation's place: its materialised path and what kind of body it is. */
    record Place(String path, OrganizationKind kind) {
    }

    /** An organisation another one succeeded, with the path it had when it ceased (a ceased one keeps it). */
    record Predecessor(String code, String path) {
    }

    /** An organisation that carries on a ceased one today. */
    record Successor(String code, String name) {
    }

    /**
     * That an organisation has ceased: since when (null when the registry does not say) and the active
     * organisations its chain of successors ends in today (none when it ceased without successor).
     */
    record Cessation(LocalDate ceasedOn, List<Successor> carriedOnBy) {
    }

    Optional<Place> placeOf(String organizationCode);

    default Optional<String> pathOf(String organizationCode) {
        return placeOf(organizationCode).map(Place::path);
    }

    /**
     * Every organisation the one at this path succeeded, through the chain of successions (its predecessors,
     * theirs, …), by code; empty for an organisation that took over from none, or that the directory does not know.
     */
    default List<Predecessor> predecessorsAt(String organizationPath) {
        return List.of();
    }

    /**
     * {@link #predecessorsAt} of the organisation with this code (none when it is unknown); a directory may answer
     * it in one query instead of two.
     */
    default List<Predecessor> predecessorsOf(String organizationCode) {
        return pathOf(organizationCode).map(this::predecessorsAt).orElse(List.of());
    }

    /** Empty while the organisation exists (or is unknown); else when it ceased and who carries it on. */
    default Optional<Cessation> cessationOf(String organizationCode) {
        return Optional.empty();
    }
}
