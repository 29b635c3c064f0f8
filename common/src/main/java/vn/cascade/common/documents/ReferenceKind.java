package vn.cascade.common.documents;

/** How one document relates to another it names. */
public enum ReferenceKind {
    /** thực hiện: the document carries out that one */
    IMPLEMENTS,
    /** căn cứ: the document rests on that one */
    BASED_ON,
    /** sửa đổi, bổ sung */
    AMENDS,
    /** thay thế */
    REPLACES,
    /** liên quan */
    RELATED
}
