package vn.cascade.reporting.notification.service;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import vn.cascade.reporting.config.ReportingConfig;
import vn.cascade.organizations.OrganizationRepository;
import vn.cascade.reporting.notification.config.NotificationConfig;
import vn.cascade.reporting.notification.domain.Notification;
import vn.cascade.reporting.notification.repository.MailQueue;
import vn.cascade.reporting.notification.repository.NotificationRepository;

/**
 * What every notification goes through once made, in the caller's transaction: it is stored, owed to the mail
 * addresses of its audience, and counted. One place, whichever event or job made it.
 */
@ApplicationScoped
public class Notifier {

    private final NotificationRepository notifications;
    private final MailQueue mail;
    private final OrganizationRepository organizations;
    private final NotificationConfig config;
    private final MeterRegistry meters;
    private final ReportingConfig reporting;

    Notifier(NotificationRepository notifications, MailQueue mail, OrganizationRepository organizations,
            NotificationConfig config, MeterRegistry meters, ReportingConfig reporting) {
        this.reporting = reporting;
        this.notifications = notifications;
        this.mail = mail;
        this.organizations = organizations;
        this.config = config;
        this.meters = meters;
    }

    public Notification make(Notification notification) {
        notifications.persistAndFlush(notification);
        if (config.mail().enabled()) {
            mail.queue(notification, notification.createdAt, nextDigest(notification.createdAt));
        }
        meters.counter("cascade.notifications.created", "kind", notification.kind.name()).increment();
        return notification;
    }

    /** The first daily digest time at or after {@code now}, in the reporting zone. */
    OffsetDateTime nextDigest(OffsetDateTime now) {
        ZonedDateTime local = now.atZoneSameInstant(reporting.zone());
        ZonedDateTime digest = local.with(config.mail().digestAt());
        return (digest.isBefore(local) ? digest.plusDays(1) : digest).toOffsetDateTime();
    }

    /** The organisation's name as the copy of the hierarchy has it; its code if the copy does not know it yet. */
    public String nameOf(String code) {
        return code == null ? null : organizations.findByCode(code).map(o -> o.name)
                .filter(name -> !name.isBlank()).orElse(code);
    }
}
