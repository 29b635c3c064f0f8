package vn.cascade.plan.domain;

/** The kinds of timeframe plans give their tasks. */
public enum TimeframeKind {
    /** thường xuyên, tiếp tục thực hiện */
    ONGOING,
    /** hằng năm, hàng năm */
    ANNUALLY,
    /** định kỳ */
    PERIODIC,
    /** hoàn thành trong tháng 8/2022 */
    DUE_BY_MONTH,
    /** hoàn thành trong năm 2023 */
    DUE_BY_YEAR,
    /** từ năm 2023 */
    STARTING_FROM,
    /** sau khi có hướng dẫn của cấp trên: waits on another document */
    AWAITING_GUIDANCE
}
