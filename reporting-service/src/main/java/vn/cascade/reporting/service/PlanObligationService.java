package vn.cascade.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.cascade.common.events.PlanSnapshot;
import vn.cascade.common.events.PlanSnapshot.OrganizationRef;
import vn.cascade.common.events.PlanSnapshot.ReportingRequirement;
import vn.cascade.common.persistence.VersionedCopy;
import vn.cascade.reporting.config.ReportingConfig;
import vn.cascade.reporting.domain.DueRule;
import vn.cascade.reporting.domain.ObligationStatus;
import vn.cascade.reporting.domain.ReportingObligation;
import vn.cascade.reporting.domain.ReportingPeriod;
import vn.cascade.reporting.domain.ReportingPlan;
import vn.cascade.reporting.repository.ObligationRepository;
import vn.cascade.reporting.repository.ReportingPlanRepository;

/**
 * Keeps the reporting obligations in line with the plans: an issued or amended plan owes one report per
 * requirement, reporter and period; a revoked one owes none that is still open; a completed or replaced one owes
 * none for a period not yet begun. Applying the same plan
 * version twice changes nothing, and an older version never undoes a newer one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PlanObligationService {

    private static final Logger LOG = Logger.getLogger(PlanObligationService.class);

    private final ReportingPlanRepository plans;
    private final ObligationRepository obligations;
    private final ReportingConfig config;
    private final Clock clock;

    PlanObligationService(ReportingPlanRepository plans, ObligationRepository obligations, ReportingConfig config,
            Clock clock) {
        this.plans = plans;
        this.obligations = obligations;
        this.config = config;
        this.clock = clock;
    }

    /** An issued or amended plan: create what is owed, move the dates of what is open, cancel what is no longer owed. */
    public void planInForce(PlanSnapshot snapshot) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        ReportingPlan plan = remember(snapshot, now);
        if (plan == null) {
            return;
        }
        Map<Key, Owed> owed = owed(snapshot);
        Map<Key, ReportingObligation> existing = new HashMap<>();
        for (ReportingObligation obligation : obligations.findByPlan(plan.id)) {
            existing.put(Key.of(obligation), obligation);
        }
        List<ReportingObligation> created = new ArrayList<>();
        owed.forEach((key, what) -> {
            ReportingObligation obligation = existing.get(key);
            if (obligation == null) {
                obligation = ReportingObligation.owed(plan, key.requirementId(), what.reporter(), key.period(), now);
                obligation.schedule(what.requirement().recipient(), what.requirement().via(), what.rule(),
                        config.zone(), now);
                created.add(obligation);
            } else if (obligation.status == ObligationStatus.CANCELLED) {
                obligation.reopen(now);
                obligation.schedule(what.requirement().recipient(), what.requirement().via(), what.rule(),
                        config.zone(), now);
            } else if (obligation.isOpen()) {
                obligation.schedule(what.requirement().recipient(), what.requirement().via(), what.rule(),
                        config.zone(), now);
            }
        });
        existing.forEach((key, obligation) -> {
            if (!owed.containsKey(key) && obligation.isOpen()) {
                obligation.cancel(now);
            }
        });
        obligations.insertAll(created);
    }

    /** A revoked plan owes nothing more: its open obligations are cancelled; submitted reports stay. */
    public void planRevoked(PlanSnapshot snapshot) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        ReportingPlan plan = remember(snapshot, now);
        if (plan == null) {
            return;
        }
        for (ReportingObligation obligation : obligations.findByPlan(plan.id)) {
            if (obligation.isOpen()) {
                obligation.cancel(now);
            }
        }
    }

    /**
     * A completed or replaced plan asks for no report of a period that has not begun (issue 19): those obligations
     * are cancelled with the reason; the reports of periods begun or past stay owed, and those given stay.
     */
    public void planClosed(PlanSnapshot snapshot, String cancelReason) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        ReportingPlan plan = remember(snapshot, now);
        if (plan == null) {
            return;
        }
        LocalDate today = now.atZoneSameInstant(config.zone()).toLocalDate();
        for (ReportingObligation obligation : obligations.findByPlan(plan.id)) {
            if (obligation.isOpen() && obligation.periodStart.isAfter(today)) {
                obligation.cancel(now, cancelReason);
            }
        }
    }

    /**
     * Records the plan version in the local copy; null when this version or a newer one was already applied, so
     * that a replay changes nothing and a late older version undoes nothing.
     */
    private ReportingPlan remember(PlanSnapshot snapshot, OffsetDateTime now) {
        Optional<ReportingPlan> existing = plans.findByIdOptional(snapshot.id());
        ReportingPlan plan = VersionedCopy.toUpdate(existing, copy -> copy.version, snapshot.version(),
                () -> ReportingPlan.copyOf(snapshot.id())).orElse(null);
        if (plan == null) {
            LOG.infof("Plan %s version %d ignored: version %d already applied", snapshot.symbol(), snapshot.version(),
                    existing.orElseThrow().version);
            return null;
        }
        plan.apply(snapshot, now);
        if (existing.isEmpty()) {
            plans.persist(plan);
        }
        return plan;
    }

    private static Map<Key, Owed> owed(PlanSnapshot snapshot) {
        Map<Key, Owed> owed = new LinkedHashMap<>();
        for (ReportingRequirement requirement : orEmpty(snapshot.reportingRequirements())) {
            DueRule rule = new DueRule(requirement.dueDaysAfterPeriodEnd(), requirement.reminderDaysBeforeDue());
            for (OrganizationRef reporter : orEmpty(requirement.reporters())) {
                for (Integer year : orEmpty(requirement.years())) {
                    for (ReportingPeriod period : ReportingPeriod.owed(
                            requirement.frequencies() == null ? Set.of() : requirement.frequencies(), year)) {
                        owed.put(new Key(requirement.id(), reporter.id(), period), new Owed(requirement, reporter, rule));
                    }
                }
            }
        }
        return owed;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** What makes an obligation unique: requirement, reporter, period. */
    private record Key(UUID requirementId, UUID organizationId, ReportingPeriod period) {
        static Key of(ReportingObligation obligation) {
            return new Key(obligation.requirementId, obligation.organizationId,
                    ReportingPeriod.of(obligation.periodKind, obligation.periodYear));
        }
    }

    private record Owed(ReportingRequirement requirement, OrganizationRef reporter, DueRule rule) {
    }
}
