package vn.cascade.directive.domain;

/** What a restructuring does to the hierarchy. */
public enum RestructuringKind {
    /** sáp nhập / hợp nhất: several organisations become one, existing or new */
    MERGER,
    /** chia tách: one organisation becomes several; its children are shared out */
    SPLIT,
    /** đổi tên: a new identity continues the old one */
    RENAMING,
    /** chuyển trực thuộc: an organisation and its subtree go under another parent */
    MOVE
}
