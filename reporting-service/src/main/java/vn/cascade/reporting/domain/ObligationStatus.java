package vn.cascade.reporting.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a reporting obligation stands. */
public enum ObligationStatus {
    /** created; its reminder time has not come */
    PENDING,
    /** the reminder went out: the report is due soon (đến hạn) */
    DUE,
    /** a report was submitted (đã nộp) and awaits review */
    SUBMITTED,
    /** the recipient accepted the report */
    ACCEPTED,
    /** the recipient returned the report for correction (trả lại) */
    RETURNED,
    /** the due date passed with no report submitted (quá hạn) */
    OVERDUE,
    /** no longer owed: the plan was revoked or amended */
    CANCELLED;

    /** Not yet submitted: a plan amendment may still move, add or cancel these. */
    public static final Set<ObligationStatus> OPEN = EnumSet.of(PENDING, DUE, OVERDUE);

    public boolean isOpen() {
        return OPEN.contains(this);
    }
}
