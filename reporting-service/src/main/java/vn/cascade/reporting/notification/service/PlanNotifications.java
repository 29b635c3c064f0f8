package vn.cascade.reporting.notification.service;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import vn.cascade.common.events.PlanSnapshot;
import vn.cascade.organizations.OrganizationRepository;
import vn.cascade.reporting.domain.ReportingPlan;
import vn.cascade.reporting.notification.config.NotificationConfig;
import vn.cascade.reporting.notification.domain.Audience;
import vn.cascade.reporting.notification.domain.AudienceRole;
import vn.cascade.reporting.notification.domain.Notification;
import vn.cascade.reporting.notification.domain.NotificationKind;
import vn.cascade.reporting.notification.repository.MailQueue;
import vn.cascade.reporting.notification.repository.NotificationRepository;
import vn.cascade.reporting.repository.ReportingPlanRepository;

/**
 * Notifications from the plan events, for the issuers of an organisation (docs/notifications.md): a plan issued
 * that names the organisation among those that must answer with a plan of their own, and a plan amended or revoked
 * that one of the organisation's own plans rests on (answers it, or is based on it). Runs in the consumer's
 * transaction with the event's id recorded: one event makes each notification once.
 */
@ApplicationScoped
public class PlanNotifications {

    private static final Logger LOG = Logger.getLogger(PlanNotifications.class);

    private final NotificationRepository notifications;
    private final MailQueue mail;
    private final ReportingPlanRepository plans;
    private final OrganizationRepository organizations;
    private final NotificationConfig config;
    private final MeterRegistry meters;
    private final Clock clock;

    PlanNotifications(NotificationRepository notifications, MailQueue mail, ReportingPlanRepository plans,
            OrganizationRepository organizations, NotificationConfig config, MeterRegistry meters, Clock clock) {
        this.notifications = notifications;
        this.mail = mail;
        this.plans = plans;
        this.organizations = organizations;
        this.config = config;
        this.meters = meters;
        this.clock = clock;
    }

    /** The notifications the plan event makes; none when the news is old or nobody is concerned. */
    @Transactional
    public List<Notification> announce(String eventId, String eventType, PlanSnapshot plan, Instant announcedAt) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (announcedAt != null && announcedAt.isBefore(now.toInstant().minus(config.maxEventAge()))) {
            LOG.debugf("Event %s is older than %s: no notification", eventId, config.maxEventAge());
            return List.of();
        }
        NotificationKind kind = switch (eventType) {
            case PlanSnapshot.ISSUED -> NotificationKind.PLAN_OWED;
            case PlanSnapshot.AMENDED -> NotificationKind.UPSTREAM_PLAN_AMENDED;
            case PlanSnapshot.REVOKED -> NotificationKind.UPSTREAM_PLAN_REVOKED;
            default -> throw new IllegalArgumentException("Not a plan event: " + eventType);
        };
        List<ReportingPlan> restingOn = plans.restingOn(plan.id());
        Map<String, List<String>> addressees = new LinkedHashMap<>();
        LocalDate deadline = null;
        if (kind == NotificationKind.PLAN_OWED) {
            // Only those that have not answered yet: a plan copied here that rests on this one is an answer.
            Set<String> answered = restingOn.stream().map(p -> p.issuingOrganizationCode).collect(Collectors.toSet());
            PlanSnapshot.SubordinatePlanDuty duty = plan.subordinatePlanDuty();
            if (duty != null && duty.organizations() != null) {
                deadline = duty.deadline();
                duty.organizations().stream().map(PlanSnapshot.OrganizationRef::code)
                        .filter(code -> code != null && !answered.contains(code))
                        .forEach(code -> addressees.put(code, List.of()));
            }
        } else {
            for (ReportingPlan own : restingOn) {
                if (!own.issuingOrganizationCode.equals(plan.issuingOrganizationCode())) {
                    addressees.computeIfAbsent(own.issuingOrganizationCode, code -> new ArrayList<>()).add(own.symbol);
                }
            }
        }
        String issuerName = organizations.findByCode(plan.issuingOrganizationCode()).map(o -> o.name)
                .filter(name -> !name.isBlank()).orElse(plan.issuingOrganizationCode());
        List<Notification> made = new ArrayList<>();
        for (Map.Entry<String, List<String>> addressee : addressees.entrySet()) {
            Audience audience = new Audience(addressee.getKey(), AudienceRole.ISSUER);
            Notification notification = Notification.aboutPlan(eventId, kind, audience, plan.id(), plan.symbol(),
                    plan.issuingOrganizationCode(), issuerName, deadline, addressee.getValue(), now);
            notifications.persistAndFlush(notification);
            if (config.mail().enabled()) {
                mail.queue(notification.id, audience, now);
            }
            meters.counter("cascade.notifications.created", "kind", kind.name()).increment();
            made.add(notification);
        }
        return made;
    }
}
