package vn.cascade.reporting.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import vn.cascade.reporting.config.ReportingConfig;

/** Recomputes stale roll-up aggregates every few seconds ({@code cascade.reporting.rollup.rebuild-every}). */
@ApplicationScoped
public class RollupAggregateJob {

    private final RollupAggregates aggregates;
    private final ReportingConfig config;

    RollupAggregateJob(RollupAggregates aggregates, ReportingConfig config) {
        this.aggregates = aggregates;
        this.config = config;
    }

    @Scheduled(identity = "rollup-aggregates", every = "${cascade.reporting.rollup.rebuild-every:10s}",
            delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        if (config.rollup().rebuildScheduled()) {
            aggregates.rebuildStale();
        }
    }
}
