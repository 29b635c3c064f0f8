package vn.cascade.reporting.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.jboss.logging.Logger;
import vn.cascade.reporting.config.ReportingConfig;

/** Runs the reminder and overdue tick every few seconds ({@code cascade.reporting.scheduler.every}). */
@ApplicationScoped
public class ReportingScheduleJob {

    private static final Logger LOG = Logger.getLogger(ReportingScheduleJob.class);

    private final ReportingScheduleService schedule;
    private final ReportingConfig config;
    private final Clock clock;

    ReportingScheduleJob(ReportingScheduleService schedule, ReportingConfig config, Clock clock) {
        this.schedule = schedule;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "reporting-schedule", every = "${cascade.reporting.scheduler.every:15s}",
            delayed = "${cascade.reporting.scheduler.delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        if (!config.scheduler().enabled()) {
            return;
        }
        ReportingScheduleService.Tick tick = schedule.tick(clock.instant());
        if (tick.reminders() + tick.overdue() > 0) {
            LOG.infof("Reporting schedule: %d reminder(s), %d overdue", tick.reminders(), tick.overdue());
        }
    }
}
