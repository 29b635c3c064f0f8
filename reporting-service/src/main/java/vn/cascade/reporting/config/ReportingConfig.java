package vn.cascade.reporting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

@ConfigMapping(prefix = "cascade.reporting")
public interface ReportingConfig {

    /** The zone in which due dates are counted: a report is on time during its whole due date there. */
    @WithDefault("Asia/Ho_Chi_Minh")
    ZoneId zone();

    Scheduler scheduler();

    interface Scheduler {
        /** Off in tests, which call the tick themselves with the time they want. */
        @WithDefault("true")
        boolean enabled();

        /** How often the tick runs (read by {@code @Scheduled}). */
        @WithDefault("15s")
        String every();

        /** How long after start-up the first tick runs. */
        @WithDefault("5s")
        String delay();

        /** Most reminders, and most overdue marks, claimed by one tick; the next tick takes the rest. */
        @WithDefault("500")
        int batchSize();
    }

    Rollup rollup();

    /** The roll-up aggregates (issue 18; docs/decisions.md). */
    interface Rollup {
        /** Off: acceptances add nothing and every roll-up runs the full query (the state before issue 18). */
        @WithDefault("true")
        boolean aggregates();

        /** Rows each node's sums are spread over, so that concurrent acceptances rarely wait on the same row. */
        @WithDefault("16")
        int shards();

        /** Whether the job recomputes stale sums (off in tests, which rebuild themselves). */
        @WithDefault("true")
        boolean rebuildScheduled();

        /** How often the job looks for stale sums (read by {@code @Scheduled}). */
        @WithDefault("10s")
        String rebuildEvery();
    }
}
