package vn.cascade.directive.domain;

/** A directive's life: drafted, published, then possibly amended, revoked or expired. */
public enum DirectiveStatus {
    DRAFT,
    PUBLISHED,
    AMENDED,
    REVOKED,
    EXPIRED;

    /** Published in force: the text others may implement. */
    public boolean inForce() {
        return this == PUBLISHED || this == AMENDED;
    }
}
