package vn.cascade.common.security;

import java.util.Optional;

/**
 * Where organisations sit in the hierarchy, as the service knows it: directive-service from the registry it
 * owns, the others from their copy of the snapshots. Paths are {@code /root-id/…/own-id}.
 */
public interface OrganizationDirectory {

    Optional<String> pathOf(String organizationCode);
}
