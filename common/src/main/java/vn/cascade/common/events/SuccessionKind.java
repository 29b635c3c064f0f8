package vn.cascade.common.events;

/** How one organisation took over from another (sáp nhập, chia tách, đổi tên). */
public enum SuccessionKind {
    /** Several organisations became one (hợp nhất / sáp nhập): each predecessor's successor is the merged one. */
    MERGER,
    /** One organisation became several (chia tách): its successors share what it had. */
    SPLIT,
    /** The organisation continues under a new identity (đổi tên): exactly one successor. */
    RENAMING
}
