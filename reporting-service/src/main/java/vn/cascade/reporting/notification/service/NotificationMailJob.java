package vn.cascade.reporting.notification.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import vn.cascade.reporting.notification.config.NotificationConfig;

/** Sends the pending mail every little while ({@code cascade.notifications.mail.every}) when mail is on. */
@ApplicationScoped
public class NotificationMailJob {

    private static final Logger LOG = Logger.getLogger(NotificationMailJob.class);

    private final NotificationMailer mailer;
    private final NotificationConfig config;

    NotificationMailJob(NotificationMailer mailer, NotificationConfig config) {
        this.mailer = mailer;
        this.config = config;
    }

    @Scheduled(identity = "notification-mail", every = "${cascade.notifications.mail.every:30s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        if (!config.mail().enabled() || !config.mail().scheduled()) {
            return;
        }
        NotificationMailer.Round round = mailer.sendPending();
        if (round.mails() + round.failures() > 0) {
            LOG.infof("Notification mail: %d sent carrying %d notification(s), %d failed", round.mails(),
                    round.notifications(), round.failures());
        }
    }
}
