package vn.cascade.common.security;

/** The realm roles of deploy/keycloak/cascade-realm.json; docs/architecture.md (Security) says who holds which. */
public final class Roles {

    /** Reference data, replays, everything. */
    public static final String ADMIN = "admin";
    /** Drafts and issues directives and plans for its own organisation. */
    public static final String ISSUER = "issuer";
    /** Submits reports for its own organisation. */
    public static final String REPORTER = "reporter";
    /** Reviews reports addressed to its organisation. */
    public static final String REVIEWER = "reviewer";
    /** Reads published documents and roll-ups; used by portals. */
    public static final String READER = "reader";

    private Roles() {
    }
}
