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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import vn.cascade.common.events.PlanSnapshot;
import vn.cascade.reporting.domain.ReportingPlan;
import vn.cascade.reporting.notification.config.NotificationConfig;
import vn.cascade.reporting.notification.domain.Audience;
import vn.cascade.reporting.notification.domain.AudienceRole;
import vn.cascade.reporting.notification.domain.Notification;
import vn.cascade.reporting.notification.domain.NotificationKind;
import vn.cascade.reporting.notification.repository.OwedPlanAnswers;
import vn.cascade.reporting.notification.repository.PlanDirectives;
import vn.cascade.reporting.repository.ReportingPlanRepository;

/**
 * Notifications from the plan events, for the issuers of an organisation (docs/notifications.md): a plan issued
 * that names the organisation among those that must answer with a plan of their own, an amendment that newly names
 * it, and a plan amended or revoked that one of the organisation's own plans rests on (answers it, or is based on
 * it). Runs in the consumer's transaction with the event's id recorded: one event makes each notification once.
 * It also keeps what is owed ({@link OwedPlanAnswers}) for the late-plans job.
 */
@ApplicationScoped
public class PlanNotifications {

    private static final Logger LOG = Logger.getLogger(PlanNotifications.class);

    private final Notifier notifier;
    private final OwedPlanAnswers owed;
    private final PlanDirectives planDirectives;
    private final ReportingPlanRepository plans;
    private final NotificationConfig config;
    private final Clock clock;

    PlanNotifications(Notifier notifier, OwedPlanAnswers owed, PlanDirectives planDirectives,
            ReportingPlanRepository plans, NotificationConfig config, Clock clock) {
        this.notifier = notifier;
        this.owed = owed;
        this.planDirectives = planDirectives;
        this.plans = plans;
        this.config = config;
        this.clock = clock;
    }

    /** The notifications the plan event makes; none when the news is old or nobody is concerned. */
    @Transactional
    public List<Notification> announce(String eventId, String eventType, PlanSnapshot plan, Instant announcedAt) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        NotificationKind kind = switch (eventType) {
            case PlanSnapshot.ISSUED -> NotificationKind.PLAN_OWED;
            case PlanSnapshot.AMENDED -> NotificationKind.UPSTREAM_PLAN_AMENDED;
            case PlanSnapshot.REVOKED -> NotificationKind.UPSTREAM_PLAN_REVOKED;
            default -> throw new IllegalArgumentException("Not a plan event: " + eventType);
        };
        List<ReportingPlan> restingOn = plans.restingOn(plan.id());
        // Which directive it implements, for the directive events' notifications (revoked: rests on nothing).
        planDirectives.implement(plan.id(), kind == NotificationKind.UPSTREAM_PLAN_REVOKED
                || plan.implementsDirective() == null ? null : plan.implementsDirective().documentId());
        // What is owed is kept whatever the event's age: the late-plans job needs it.
        List<String> newlyOwing = recordOwed(kind, plan, restingOn, now);
        if (announcedAt != null && announcedAt.isBefore(now.toInstant().minus(config.maxEventAge()))) {
            LOG.debugf("Event %s is older than %s: no notification", eventId, config.maxEventAge());
            return List.of();
        }
        String issuerName = notifier.nameOf(plan.issuingOrganizationCode());
        LocalDate deadline = plan.subordinatePlanDuty() == null ? null : plan.subordinatePlanDuty().deadline();
        List<Notification> made = new ArrayList<>();
        // Issued: everyone it obliges who has not answered; amended: those the amendment adds (issue 14).
        List<String> owing = kind == NotificationKind.PLAN_OWED ? owing(plan, restingOn) : newlyOwing;
        for (String code : kind == NotificationKind.UPSTREAM_PLAN_REVOKED ? List.<String>of() : owing) {
            made.add(notifier.make(Notification.aboutPlan(eventId, NotificationKind.PLAN_OWED,
                    new Audience(code, AudienceRole.ISSUER), plan.id(), plan.symbol(),
                    plan.issuingOrganizationCode(), issuerName, deadline, List.of(), now)));
        }
        if (kind != NotificationKind.PLAN_OWED) {
            Map<String, List<String>> addressees = new LinkedHashMap<>();
            for (ReportingPlan own : restingOn) {
                if (!own.issuingOrganizationCode.equals(plan.issuingOrganizationCode())) {
                    addressees.computeIfAbsent(own.issuingOrganizationCode, code -> new ArrayList<>()).add(own.symbol);
                }
            }
            for (Map.Entry<String, List<String>> addressee : addressees.entrySet()) {
                made.add(notifier.make(Notification.aboutPlan(eventId, kind,
                        new Audience(addressee.getKey(), AudienceRole.ISSUER), plan.id(), plan.symbol(),
                        plan.issuingOrganizationCode(), issuerName, null, addressee.getValue(), now)));
            }
        }
        return made;
    }

    /** A completed or replaced plan is owed no more answers: nobody is told late for it (issue 19). */
    @Transactional
    public void closed(PlanSnapshot plan) {
        owed.settleAllBut(plan.id(), List.of(), OffsetDateTime.now(clock));
    }

    /**
     * Records who owes the plan an answer now, settles those it no longer obliges (all of them when revoked), and
     * returns those that did not owe it before.
     */
    private List<String> recordOwed(NotificationKind kind, PlanSnapshot plan, List<ReportingPlan> restingOn,
            OffsetDateTime now) {
        List<String> owing = kind == NotificationKind.UPSTREAM_PLAN_REVOKED ? List.of() : owing(plan, restingOn);
        owed.settleAllBut(plan.id(), owing, now);
        LocalDate deadline = plan.subordinatePlanDuty() == null ? null : plan.subordinatePlanDuty().deadline();
        return owed.owe(plan.id(), owing, deadline, now);
    }

    /** The organisations the plan obliges to answer that have not answered yet (a plan resting on it is one). */
    private static List<String> owing(PlanSnapshot plan, List<ReportingPlan> restingOn) {
        PlanSnapshot.SubordinatePlanDuty duty = plan.subordinatePlanDuty();
        if (duty == null || duty.organizations() == null) {
            return List.of();
        }
        Set<String> answered = restingOn.stream().map(p -> p.issuingOrganizationCode).collect(Collectors.toSet());
        return duty.organizations().stream().filter(Objects::nonNull).map(PlanSnapshot.OrganizationRef::code)
                .filter(code -> code != null && !answered.contains(code))
                .collect(Collectors.toCollection(LinkedHashSet::new)).stream().toList();
    }
}
