package vn.cascade.common.attachment;

/** What a file attached to a document is. */
public enum AttachmentKind {
    /** The signed original (bản chính có chữ ký, đóng dấu): one per document. */
    SIGNED_ORIGINAL,
    /** An annex (phụ lục) or any other accompanying file. */
    ANNEX
}
