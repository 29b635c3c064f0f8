package vn.cascade.reporting.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import vn.cascade.common.events.DirectiveSnapshot;
import vn.cascade.reporting.domain.ReportingPlan;
import vn.cascade.reporting.notification.config.NotificationConfig;
import vn.cascade.reporting.notification.domain.Audience;
import vn.cascade.reporting.notification.domain.AudienceRole;
import vn.cascade.reporting.notification.domain.Notification;
import vn.cascade.reporting.notification.domain.NotificationKind;
import vn.cascade.reporting.notification.repository.PlanDirectives;

/**
 * Notifications from the directive events (docs/notifications.md): a directive amended or revoked tells the issuers
 * of each organisation whose plan in force implements it or is based on it, naming those plans. Runs in the
 * consumer's transaction with the event's id recorded: one event makes each notification once.
 */
@ApplicationScoped
public class DirectiveNotifications {

    private static final Logger LOG = Logger.getLogger(DirectiveNotifications.class);

    private final Notifier notifier;
    private final PlanDirectives planDirectives;
    private final NotificationConfig config;
    private final Clock clock;

    DirectiveNotifications(Notifier notifier, PlanDirectives planDirectives, NotificationConfig config, Clock clock) {
        this.notifier = notifier;
        this.planDirectives = planDirectives;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public List<Notification> announce(String eventId, String eventType, DirectiveSnapshot directive,
            Instant announcedAt) {
        NotificationKind kind = switch (eventType) {
            case DirectiveSnapshot.AMENDED -> NotificationKind.DIRECTIVE_AMENDED;
            case DirectiveSnapshot.REVOKED -> NotificationKind.DIRECTIVE_REVOKED;
            default -> null;
        };
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (kind == null) {
            return List.of();
        }
        if (announcedAt != null && announcedAt.isBefore(now.toInstant().minus(config.maxEventAge()))) {
            LOG.debugf("Event %s is older than %s: no notification", eventId, config.maxEventAge());
            return List.of();
        }
        Map<String, List<String>> addressees = new LinkedHashMap<>();
        for (ReportingPlan own : planDirectives.restingOn(directive.id())) {
            if (!own.issuingOrganizationCode.equals(directive.issuingOrganizationCode())) {
                addressees.computeIfAbsent(own.issuingOrganizationCode, code -> new ArrayList<>()).add(own.symbol);
            }
        }
        String issuerName = notifier.nameOf(directive.issuingOrganizationCode());
        List<Notification> made = new ArrayList<>();
        for (Map.Entry<String, List<String>> addressee : addressees.entrySet()) {
            made.add(notifier.make(Notification.aboutDirective(eventId, kind,
                    new Audience(addressee.getKey(), AudienceRole.ISSUER), directive.id(), directive.symbol(),
                    directive.issuingOrganizationCode(), issuerName, addressee.getValue(), now)));
        }
        return made;
    }
}
