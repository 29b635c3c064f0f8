package vn.cascade.reporting.domain;

/** Which hierarchy the figures of a roll-up or completeness table are summed over. */
public enum RollupHierarchy {
    /** the organisations that existed during the period (default) */
    PERIOD,
    /** the organisations that exist today */
    CURRENT
}
