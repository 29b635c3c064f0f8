package vn.cascade.reporting.service;

import java.util.UUID;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.organizations.Organization;

/** An organisation as roll-ups and completeness tables name it. */
public record RollupUnit(UUID id, String code, String name, OrganizationLevel level) {

    static RollupUnit of(Organization organization) {
        return new RollupUnit(organization.id, organization.code, organization.name, organization.level);
    }
}
