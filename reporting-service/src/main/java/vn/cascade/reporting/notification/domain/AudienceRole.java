package vn.cascade.reporting.notification.domain;

import java.util.Optional;
import vn.cascade.common.security.Roles;

/** The role whose holders, in one organisation, a notification or a contact is for. */
public enum AudienceRole {
    /** writes and submits the organisation's reports */
    REPORTER(Roles.REPORTER),
    /** reviews the reports addressed to the organisation */
    REVIEWER(Roles.REVIEWER),
    /** issues the organisation's plans */
    ISSUER(Roles.ISSUER);

    private final String realmRole;

    AudienceRole(String realmRole) {
        this.realmRole = realmRole;
    }

    /** The Keycloak realm role a user holds to be of this audience. */
    public String realmRole() {
        return realmRole;
    }

    public static Optional<AudienceRole> ofRealmRole(String role) {
        for (AudienceRole audience : values()) {
            if (audience.realmRole.equals(role)) {
                return Optional.of(audience);
            }
        }
        return Optional.empty();
    }
}
