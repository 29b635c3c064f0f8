package vn.cascade.reporting.notification.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import vn.cascade.reporting.notification.config.NotificationConfig;

/** The notifications' timers, in every replica (each job claims its rows, so replicas never repeat one another). */
@ApplicationScoped
public class NotificationJobs {

    private final LatePlans latePlans;
    private final NotificationRetention retention;
    private final NotificationConfig config;

    NotificationJobs(LatePlans latePlans, NotificationRetention retention, NotificationConfig config) {
        this.latePlans = latePlans;
        this.retention = retention;
        this.config = config;
    }

    @Scheduled(identity = "notification-retention", every = "${cascade.notifications.retention-every:6h}",
            delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void retention() {
        if (config.scheduled()) {
            retention.purge();
        }
    }

    @Scheduled(identity = "notification-late-plans", every = "${cascade.notifications.late-plans.every:1h}",
            delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void latePlans() {
        if (config.scheduled()) {
            latePlans.announceAll();
        }
    }
}
