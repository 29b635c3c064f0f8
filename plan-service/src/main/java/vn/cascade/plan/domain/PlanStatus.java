package vn.cascade.plan.domain;

/**
 * draft → issued → amended → completed, replaced or revoked; only issued plans count for the cascade and reporting.
 * A plan is amended in place by its issuer or by a later plan naming it as amended, and replaced only by a later
 * plan naming it as replaced.
 */
public enum PlanStatus {
    DRAFT,
    ISSUED,
    AMENDED,
    COMPLETED,
    /** thay thế: a later plan took its place; see {@code replacedBy} */
    REPLACED,
    REVOKED;

    public boolean inForce() {
        return this == ISSUED || this == AMENDED;
    }

    /** Counts as the organisation's answer to a directive. */
    public boolean answered() {
        return this == ISSUED || this == AMENDED || this == COMPLETED;
    }
}
