package vn.cascade.reporting.domain;

/** Where a report stands in its review. */
public enum ReportStatus {
    /** being written by the reporting organisation; visible only to it */
    DRAFT,
    /** sent to the recipient (đã nộp) */
    SUBMITTED,
    /** accepted by the recipient's reviewer */
    ACCEPTED,
    /** returned with comments for correction (trả lại); changed and submitted again */
    RETURNED
}
