package vn.cascade.directive.domain;

/** A directive's life: drafted, published, then possibly amended, replaced, revoked or expired. */
public enum DirectiveStatus {
    DRAFT,
    PUBLISHED,
    AMENDED,
    /** thay thế: a later directive took its place */
    REPLACED,
    REVOKED,
    EXPIRED;

    /** Published in force: the text others may implement. */
    public boolean inForce() {
        return this == PUBLISHED || this == AMENDED;
    }
}
