package vn.cascade.plan.rest;

/** What the plan and task exports say of their form ({@link vn.cascade.common.export.ExportFormat#download}). */
final class PlanExports {

    static final String FORMAT = "csv (default) or xlsx; overrides Accept";

    private PlanExports() {
    }
}
