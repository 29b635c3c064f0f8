package vn.cascade.directive.service;

import java.time.LocalDate;
import vn.cascade.common.events.OrganizationKind;
import vn.cascade.common.events.OrganizationLevel;

/**
 * An organisation to register: by itself, as a row of an import, or as the successor of a restructuring.
 *
 * @param kind       null for the usual kind of its level
 * @param parentCode null for a root (for a successor: where its predecessors sat)
 * @param validFrom  null for today (for a successor: the effective date)
 */
public record NewOrganization(String code, String name, String shortName, OrganizationLevel level,
        OrganizationKind kind, String parentCode, Integer memberCount, LocalDate memberCountAsOf,
        LocalDate validFrom) {

    static final String MEMBER_COUNT_DATE_ALONE = "is only meaningful with a memberCount";

    /** A date for the member count without the count itself. */
    boolean memberCountDateWithoutCount() {
        return memberCountAsOf != null && memberCount == null;
    }
}
