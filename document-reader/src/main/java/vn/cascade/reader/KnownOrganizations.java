package vn.cascade.reader;

import java.util.List;

/**
 * The registered organisations a document's names are matched against. Each service implements it over its own copy
 * of the organisations; the readers only see {@link OrganizationMatcher.Known} entries.
 */
public interface KnownOrganizations {

    /** Every organisation, ceased ones too, with its dates: a document names them as they were on its date. */
    List<OrganizationMatcher.Known> organizations();

    /** A matcher over {@link #organizations()}, before any issuer is known. */
    default OrganizationMatcher matcher() {
        return new OrganizationMatcher(organizations(), null);
    }
}
