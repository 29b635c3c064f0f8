package vn.cascade.reporting.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import vn.cascade.reporting.config.ReportingConfig;
import vn.cascade.reporting.domain.ReportingPlan;
import vn.cascade.reporting.notification.config.NotificationConfig;
import vn.cascade.reporting.notification.domain.Audience;
import vn.cascade.reporting.notification.domain.AudienceRole;
import vn.cascade.reporting.notification.domain.Notification;
import vn.cascade.reporting.notification.domain.NotificationKind;
import vn.cascade.reporting.notification.repository.OwedPlanAnswers;
import vn.cascade.reporting.notification.repository.OwedPlanAnswers.Owed;
import vn.cascade.reporting.repository.ReportingPlanRepository;

/**
 * A subordinate plan owed and late (issue 14): once the deadline of an owed answer has passed with no plan resting
 * on the one it answers, the late organisation's issuers are told, and the issuer of that plan is told which of
 * those it obliged are late — one notification per plan and round however many, so a clock moved or a long
 * outage makes one notice, not a storm. Each owed answer is told late once, also with several replicas (rows
 * claimed with {@code SKIP LOCKED}); a deadline long past when first seen ({@code max-event-age}) is passed over.
 */
@ApplicationScoped
public class LatePlans {

    private static final Logger LOG = Logger.getLogger(LatePlans.class);

    /** What one round did: owed answers told late, notices sent up, answers found settled or too old. */
    public record Round(int late, int notices, int passedOver) {
    }

    private final OwedPlanAnswers owed;
    private final ReportingPlanRepository plans;
    private final Notifier notifier;
    private final NotificationConfig config;
    private final ReportingConfig reporting;
    private final Clock clock;

    LatePlans(OwedPlanAnswers owed, ReportingPlanRepository plans, Notifier notifier, NotificationConfig config,
            ReportingConfig reporting, Clock clock) {
        this.owed = owed;
        this.plans = plans;
        this.notifier = notifier;
        this.config = config;
        this.reporting = reporting;
        this.clock = clock;
    }

    /** One round as of today in the reporting zone. */
    @Transactional
    public Round announce() {
        return announce(LocalDate.now(clock.withZone(reporting.zone())));
    }

    /** One round: owed answers whose deadline is before {@code today} (a deadline's whole day is in time). */
    @Transactional
    public Round announce(LocalDate today) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate tooOld = today.minusDays(config.maxEventAge().toDays());
        Map<UUID, List<Owed>> byPlan = owed.claimLate(today, config.latePlans().batchSize()).stream()
                .collect(Collectors.groupingBy(Owed::planId, LinkedHashMap::new, Collectors.toList()));
        int late = 0;
        int notices = 0;
        int passedOver = 0;
        for (Map.Entry<UUID, List<Owed>> entry : byPlan.entrySet()) {
            ReportingPlan plan = plans.findById(entry.getKey());
            Set<String> answered = plan == null ? Set.of() : plans.restingOn(plan.id).stream()
                    .map(p -> p.issuingOrganizationCode).collect(Collectors.toSet());
            Map<String, String> lateHere = new LinkedHashMap<>();
            LocalDate deadline = null;
            for (Owed answer : entry.getValue()) {
                if (plan == null || "REVOKED".equals(plan.status) || answered.contains(answer.organizationCode())) {
                    owed.settle(answer, now);
                    passedOver++;
                    continue;
                }
                owed.markLate(answer, now);
                if (answer.deadline().isBefore(tooOld)) {
                    passedOver++;
                    continue;
                }
                deadline = deadline == null || answer.deadline().isAfter(deadline) ? answer.deadline() : deadline;
                String issuerName = notifier.nameOf(plan.issuingOrganizationCode);
                notifier.make(Notification.aboutPlan("plan-late/" + plan.id + "/" + answer.organizationCode(),
                        NotificationKind.PLAN_LATE, new Audience(answer.organizationCode(), AudienceRole.ISSUER),
                        plan.id, plan.symbol, plan.issuingOrganizationCode, issuerName, answer.deadline(), List.of(),
                        now));
                lateHere.put(answer.organizationCode(), notifier.nameOf(answer.organizationCode()));
                late++;
            }
            if (!lateHere.isEmpty()) {
                notifier.make(Notification.lateSubordinates("plans-late/" + plan.id + "/" + UUID.randomUUID(),
                        new Audience(plan.issuingOrganizationCode, AudienceRole.ISSUER), plan.id, plan.symbol,
                        plan.issuingOrganizationCode, notifier.nameOf(plan.issuingOrganizationCode), deadline,
                        lateHere, now));
                notices++;
            }
        }
        if (late + passedOver > 0) {
            LOG.infof("Late plans: %d owed answer(s) told late in %d notice(s) up, %d passed over", late, notices,
                    passedOver);
        }
        return new Round(late, notices, passedOver);
    }

    /** Rounds until nothing late is left unclaimed (a batch at a time). */
    public List<Round> announceAll() {
        List<Round> rounds = new ArrayList<>();
        Round round;
        do {
            round = announce();
            rounds.add(round);
        } while (round.late() + round.passedOver() >= config.latePlans().batchSize());
        return rounds;
    }
}
