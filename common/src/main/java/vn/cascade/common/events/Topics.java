package vn.cascade.common.events;

/** One topic per aggregate and version; key = aggregate id. See docs/events.md. */
public final class Topics {

    /** Compacted: the latest snapshot of every organisation. */
    public static final String ORGANIZATIONS = "cascade.organizations.v1";
    public static final String DIRECTIVES = "cascade.directives.v1";
    public static final String PLANS = "cascade.plans.v1";
    public static final String REPORTS = "cascade.reports.v1";
    /** reporting-service's indicator catalogue: every version of every indicator, keyed by its code. */
    public static final String INDICATORS = "cascade.indicators.v1";

    private Topics() {
    }
}
