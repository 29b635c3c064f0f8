package vn.cascade.plan.domain;

/**
 * The 2×2 facet of tasks (issue 19, point 4): done or not, on time or late. On time is what the task list's onTime
 * filter means: done by the due date, or not yet due; a task without a due date (ongoing) is on time.
 */
public record TaskCounts(long total, long doneOnTime, long doneLate, long notDoneOnTime, long notDoneLate) {

    public static final TaskCounts NONE = new TaskCounts(0, 0, 0, 0, 0);

    /** What the counts are broken down by. */
    public enum GroupBy {
        NONE, LEAD_UNIT, PLAN
    }

    /**
     * One group's counts: a lead unit (its code, or null for a unit named only, and its name; both null for tasks
     * without a lead unit) or a plan (its id as the key, its symbol as the name).
     */
    public record Group(String key, String name, TaskCounts counts) {
    }
}
