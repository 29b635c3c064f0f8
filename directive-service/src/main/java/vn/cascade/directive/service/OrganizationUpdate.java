package vn.cascade.directive.service;

import java.time.LocalDate;
import vn.cascade.common.events.OrganizationKind;
import vn.cascade.common.events.OrganizationLevel;

/**
 * The whole new state of an organisation (its code never changes); a new parent moves it with its subtree.
 *
 * @param version the version read before changing
 */
public record OrganizationUpdate(String name, String shortName, OrganizationLevel level, OrganizationKind kind,
        String parentCode, Integer memberCount, LocalDate memberCountAsOf, LocalDate validFrom, Long version) {
}
