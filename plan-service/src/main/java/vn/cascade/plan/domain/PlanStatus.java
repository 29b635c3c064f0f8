package vn.cascade.plan.domain;

/** draft → issued → amended → completed or revoked; only issued plans count for the cascade and reporting. */
public enum PlanStatus {
    DRAFT,
    ISSUED,
    AMENDED,
    COMPLETED,
    REVOKED;

    public boolean inForce() {
        return this == ISSUED || this == AMENDED;
    }

    /** Counts as the organisation's answer to a directive. */
    public boolean answered() {
        return this == ISSUED || this == AMENDED || this == COMPLETED;
    }
}
