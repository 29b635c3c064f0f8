package vn.cascade.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.cascade.common.events.OrganizationSnapshot;
import vn.cascade.organizations.Organization;
import vn.cascade.organizations.OrganizationRepository;
import vn.cascade.reporting.domain.ReportingObligation;
import vn.cascade.reporting.domain.ReportingPlan;
import vn.cascade.reporting.domain.WorkInFlight;
import vn.cascade.reporting.repository.ObligationRepository;
import vn.cascade.reporting.repository.ReportingPlanRepository;
import vn.cascade.reporting.repository.SuccessionRepository;

/**
 * Obligations in flight when organisations cease (docs/reorganisation-2025.md): each time the copy of the hierarchy
 * takes a newer snapshot, the organisations that snapshot carries on (itself if it ceased, and what it took over,
 * transitively) are looked at once more, and {@link WorkInFlight} decides what becomes of what they owe and of the
 * reports addressed to them. Snapshots of one reorganisation arrive in any order; an organisation whose chain of
 * successors is not all known yet is left for the snapshot that completes it, and what was moved to a successor
 * that later ceased moves on with it, so the outcome does not depend on the order.
 */
@ApplicationScoped
@Transactional
public class WorkInFlightService {

    private static final Logger LOG = Logger.getLogger(WorkInFlightService.class);

    private final OrganizationRepository organizations;
    private final SuccessionRepository successions;
    private final ObligationRepository obligations;
    private final ReportingPlanRepository plans;
    private final Clock clock;

    WorkInFlightService(OrganizationRepository organizations, SuccessionRepository successions,
            ObligationRepository obligations, ReportingPlanRepository plans, Clock clock) {
        this.organizations = organizations;
        this.successions = successions;
        this.obligations = obligations;
        this.plans = plans;
        this.clock = clock;
    }

    public void organizationChanged(OrganizationSnapshot snapshot) {
        for (UUID ceased : successions.ceasedAmongItselfAndPredecessors(snapshot.id())) {
            settle(ceased);
        }
    }

    private void settle(UUID ceasedId) {
        Organization ceased = organizations.findById(ceasedId);
        Optional<Set<Organization>> carriers = carriers(ceasedId);
        if (ceased == null || ceased.validTo == null || carriers.isEmpty()) {
            return; // a successor's snapshot has not arrived yet: its arrival settles this one
        }
        Organization successor = carriers.get().size() == 1 ? carriers.get().iterator().next() : null;
        OffsetDateTime now = OffsetDateTime.now(clock);
        int moved = 0;
        int cancelled = 0;
        for (ReportingObligation obligation : obligations.openOwedBy(ceasedId)) {
            boolean owesAlready = successor != null && obligations.owes(obligation.requirementId, successor.id, obligation);
            WorkInFlight.Obligation seen = new WorkInFlight.Obligation(obligation.status, obligation.periodEnd,
                    carrierId(obligation.recipientId), carrierId(issuerOf(obligation)));
            switch (WorkInFlight.decide(seen, ceased.validTo, successor == null ? null : successor.id, owesAlready)) {
                case MOVE -> {
                    obligation.transferTo(successor.id, successor.code, now);
                    moved++;
                }
                case CANCEL -> {
                    obligation.cancelBecauseCeased(now);
                    cancelled++;
                }
                case KEEP -> {
                }
            }
        }
        int readdressed = 0;
        for (ReportingObligation obligation : obligations.waitingFor(ceasedId)) {
            if (WorkInFlight.readdress(obligation.status, successor == null ? null : successor.id)) {
                obligation.readdressTo(successor.id, successor.code, now);
                readdressed++;
            }
        }
        if (moved + cancelled + readdressed > 0) {
            LOG.infof("%s ceased on %s: %d obligations moved to %s, %d cancelled, %d readdressed", ceased.code,
                    ceased.validTo, moved, successor == null ? "-" : successor.code, cancelled, readdressed);
        }
    }

    private UUID issuerOf(ReportingObligation obligation) {
        ReportingPlan plan = plans.findById(obligation.planId);
        return plan == null ? null : plan.issuingOrganizationId;
    }

    /** The one organisation existing today that carries this one on (itself while it exists); null if none or several. */
    private UUID carrierId(UUID id) {
        if (id == null) {
            return null;
        }
        Organization organization = organizations.findById(id);
        if (organization == null || organization.active) {
            return id;
        }
        return carriers(id).filter(found -> found.size() == 1).map(found -> found.iterator().next().id).orElse(null);
    }

    /**
     * The organisations existing today at the ends of the chain of successors; empty while a link names an
     * organisation the copy does not hold yet.
     */
    private Optional<Set<Organization>> carriers(UUID ceasedId) {
        Set<Organization> ends = new HashSet<>();
        Set<UUID> seen = new HashSet<>(Set.of(ceasedId));
        Deque<UUID> toVisit = new ArrayDeque<>(successions.directSuccessors(ceasedId));
        while (!toVisit.isEmpty()) {
            UUID next = toVisit.poll();
            if (!seen.add(next) || seen.size() > 64) {
                continue;
            }
            Organization organization = organizations.findById(next);
            if (organization == null) {
                return Optional.empty();
            }
            if (organization.active) {
                ends.add(organization);
            } else {
                toVisit.addAll(successions.directSuccessors(next));
            }
        }
        return Optional.of(ends);
    }
}
