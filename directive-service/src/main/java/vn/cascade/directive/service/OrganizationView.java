package vn.cascade.directive.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.cascade.common.events.OrganizationKind;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.directive.domain.Organization;
import vn.cascade.directive.domain.Placed;

/**
 * An organisation as the services answer it, read while its transaction is open.
 *
 * @param parentId its parent; in a reading as of a date, its parent on that date
 */
public record OrganizationView(UUID id, String code, String name, String shortName, OrganizationLevel level,
        OrganizationKind kind, UUID parentId, boolean active, Integer memberCount, LocalDate memberCountAsOf,
        LocalDate validFrom, LocalDate validTo, long version, OffsetDateTime updatedAt) {

    static OrganizationView of(Organization organization) {
        return of(organization, organization.parentId);
    }

    /** As it is now, but under the parent it had on the date read. */
    static OrganizationView of(Placed placed) {
        return of(placed.organization(), placed.parentId());
    }

    private static OrganizationView of(Organization organization, UUID parentId) {
        return new OrganizationView(organization.id, organization.code, organization.name, organization.shortName,
                organization.level, organization.kind, parentId, organization.active, organization.memberCount,
                organization.memberCountAsOf, organization.validFrom, organization.validTo, organization.version,
                organization.updatedAt);
    }
}
