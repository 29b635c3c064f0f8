package vn.cascade.reporting.notification.service;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.cascade.common.events.PlanSnapshot.OrganizationRef;
import vn.cascade.organizations.OrganizationRepository;
import vn.cascade.reporting.domain.ReportingObligation;
import vn.cascade.reporting.notification.config.NotificationConfig;
import vn.cascade.reporting.notification.domain.Announcement;
import vn.cascade.reporting.notification.domain.Audience;
import vn.cascade.reporting.notification.domain.Notification;
import vn.cascade.reporting.notification.repository.MailQueue;
import vn.cascade.reporting.notification.repository.NotificationRepository;
import vn.cascade.reporting.repository.ObligationRepository;

/**
 * Turns what a report event announces into notifications, one per addressee, and owes each one to the addressee's
 * registered mail contacts. Runs in the consumer's transaction, which also records the event id: an event makes
 * its notifications and mail once, however often it is delivered.
 */
@ApplicationScoped
public class NotificationService {

    private static final Logger LOG = Logger.getLogger(NotificationService.class);

    private final NotificationRepository notifications;
    private final MailQueue mail;
    private final ObligationRepository obligations;
    private final OrganizationRepository organizations;
    private final NotificationConfig config;
    private final MeterRegistry meters;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, MailQueue mail, ObligationRepository obligations,
            OrganizationRepository organizations, NotificationConfig config, MeterRegistry meters, Clock clock) {
        this.notifications = notifications;
        this.mail = mail;
        this.obligations = obligations;
        this.organizations = organizations;
        this.config = config;
        this.meters = meters;
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
        String reporterName = nameOf(announcement.reporter());
        String recipientName = nameOf(announcement.recipient());
        List<Notification> made = new ArrayList<>();
        for (Audience audience : announcement.kind().audiences(announcement.reporter().code(),
                announcement.recipient().code())) {
            Notification notification = Notification.of(announcement, audience, reporterName, recipientName,
                    obligation.get().dueDate, now);
            notifications.persistAndFlush(notification);
            if (config.mail().enabled()) {
                mail.queue(notification.id, audience, now);
            }
            meters.counter("cascade.notifications.created", "kind", notification.kind.name()).increment();
            made.add(notification);
        }
        return made;
    }

    /** The organisation's name as the copy of the hierarchy has it; its code if the copy does not know it yet. */
    private String nameOf(OrganizationRef organization) {
        return organizations.findByCode(organization.code()).map(o -> o.name)
                .filter(name -> !name.isBlank()).orElse(organization.code());
    }
}
