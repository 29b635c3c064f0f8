package vn.cascade.common.events;

/**
 * The period a report covers (kỳ báo cáo), within one calendar year. Owed periods follow from a plan's
 * {@link ReportingFrequency} set; see docs/events.md.
 */
public enum ReportingPeriodKind {
    /** quý I: January–March */
    Q1,
    /** quý II: April–June */
    Q2,
    /** quý III: July–September */
    Q3,
    /** quý IV: October–December */
    Q4,
    /** 6 tháng đầu năm: January–June */
    H1,
    /** 9 tháng: January–September */
    M9,
    /** năm: the calendar year */
    YEAR,
    /** sơ kết: interim review of the year */
    INTERIM_REVIEW,
    /** tổng kết: final review of the year */
    FINAL_REVIEW
}
