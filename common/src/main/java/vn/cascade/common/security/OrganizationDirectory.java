package vn.cascade.common.security;

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

    Optional<Place> placeOf(String organizationCode);

    default Optional<String> pathOf(String organizationCode) {
        return placeOf(organizationCode).map(Place::path);
    }
}
