package vn.cascade.reporting.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.cascade.reporting.domain.ReportingObligation;
import vn.cascade.reporting.notification.config.NotificationConfig;
import vn.cascade.reporting.notification.domain.Announcement;
import vn.cascade.reporting.notification.domain.Audience;
import vn.cascade.reporting.notification.domain.Notification;
import vn.cascade.reporting.repository.ObligationRepository;

/**
 * Turns what a report event announces into notifications, one per addressee, and owes each one to the addressee's
 * registered mail contacts. Runs in the consumer's transaction, which also records the event id: an event makes
 * its notifications and mail once, however often it is delivered.
 */
@ApplicationScoped
public class NotificationService {

    private static final Logger LOG = Logger.getLogger(NotificationService.class);

    private final Notifier notifier;
    private final ObligationRepository obligations;
    private final NotificationConfig config;
    private final Clock clock;

    NotificationService(Notifier notifier, ObligationRepository obligations, NotificationConfig config, Clock clock) {
        this.notifier = notifier;
        this.obligations = obligations;
        this.config = config;
        this.clock = clock;
    }

    /** The notifications made; none when the news is old or no longer true. */
    @Transactional
    public List<Notification> announce(Announcement announcement) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (announcement.announcedAt() != null
                && announcement.announcedAt().isBefore(now.toInstant().minus(config.maxEventAge()))) {
            LOG.debugf("Event %s is older than %s: no notification", announcement.eventId(), config.maxEventAge());
            return List.of();
        }
        Optional<ReportingObligation> obligation = obligations.findByIdOptional(announcement.obligationId());
        if (obligation.isEmpty() || !announcement.kind().stillHolds(obligation.get(), announcement.dueDate())) {
            LOG.debugf("Event %s: what it announced no longer holds; no notification", announcement.eventId());
            return List.of();
        }
        String reporterName = notifier.nameOf(announcement.reporter().code());
        String recipientName = notifier.nameOf(announcement.recipient().code());
        List<Notification> made = new ArrayList<>();
        for (Audience audience : announcement.kind().audiences(announcement.reporter().code(),
                announcement.recipient().code(), obligation.get().viaCode)) {
            made.add(notifier.make(Notification.of(announcement, audience, reporterName, recipientName,
                    obligation.get().dueDate, now)));
        }
        return made;
    }
}
