package vn.cascade.common.events;

/** How often a plan asks for reports ("Định kỳ hằng quý, 6 tháng, 9 tháng, năm"). */
public enum ReportingFrequency {
    /** hằng quý */
    QUARTERLY,
    /** 6 tháng */
    HALF_YEARLY,
    /** 9 tháng */
    NINE_MONTHS,
    /** năm, hằng năm */
    ANNUAL,
    /** sơ kết: a mid-term review */
    INTERIM_REVIEW,
    /** tổng kết: the final review */
    FINAL_REVIEW
}
