package vn.cascade.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.cascade.common.documents.Target;
import vn.cascade.common.domain.DomainException;
import vn.cascade.common.paging.Page;
import vn.cascade.common.paging.Paging;
import vn.cascade.plan.domain.Plan;
import vn.cascade.plan.domain.PlanReadStamp;
import vn.cascade.plan.domain.PlanRevision;
import vn.cascade.plan.domain.PlanStatus;
import vn.cascade.plan.repository.PlanRepository;
import vn.cascade.plan.repository.PlanRevisionRepository;

/** Reading plans: one by id or symbol, the list the caller may see, a plan's history and how its figures are shared. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlanQueries {

    /**
     * How a count target is shared among the plans below: a province's yearly admissions against what its
     * districts' plans set themselves.
     */
    public record Allocation(UUID planId, String planSymbol, String indicatorCode, BigDecimal value,
            BigDecimal allocated, BigDecimal unallocated, List<Share> shares) {

        public record Share(UUID planId, String planSymbol, String organizationCode, BigDecimal value) {
        }
    }

    private final PlanRepository plans;
    private final PlanAccess access;
    private final PlanRevisionRepository revisions;
    private final PlanViews views;
    private final LifecycleConsequences consequences;
    private final Clock clock;

    PlanQueries(PlanRepository plans, PlanAccess access, PlanRevisionRepository revisions, PlanViews views,
            LifecycleConsequences consequences, Clock clock) {
        this.plans = plans;
        this.access = access;
        this.revisions = revisions;
        this.views = views;
        this.consequences = consequences;
        this.clock = clock;
    }

    /** The plans in force resting on this one, transitively, nearest first: those a change of it would reach. */
    @Transactional(Transactional.TxType.REQUIRED)
    public List<LifecycleConsequences.Dependent> dependents(UUID id) {
        return consequences.dependents(access.readable(id));
    }

    /**
     * What the plan's view is made of now, read without the plan (versions and the day): while it is unchanged, so
     * is the view. Not found, like {@link #get}, for a draft the caller may not see.
     */
    public PlanReadStamp stamp(UUID id) {
        return access.readableStamp(id).on(LocalDate.now(clock));
    }

    public PlanView get(UUID id) {
        return views.of(access.readableForView(id));
    }

    public PlanView bySymbol(String symbol, Integer year) {
        return views.of(access.bySymbol(symbol, year));
    }

    /**
     * Issued plans, and drafts of the caller's subtree, newest first; with {@code updatedSince}, those changed at or
     * after it, by when they changed (for offline sync).
     */
    public Page<PlanView> list(PlanStatus status, OffsetDateTime updatedSince, Paging paging) {
        return plans.listVisible(access.readablePathPrefix(), true, status, updatedSince, paging).map(views::of);
    }

    /** Oldest first. */
    public List<PlanRevision> history(UUID id) {
        return revisions.of(access.readable(id).id);
    }

    /** A count target of this plan beside what the plans answering it set for the same indicator. */
    public Allocation allocation(UUID id, String indicatorCode) {
        Plan plan = access.readable(id);
        Target own = countTarget(plan, indicatorCode).orElseThrow(() -> DomainException.invalid("indicator",
                "plan " + plan.label() + " sets no count target for " + indicatorCode, "plan.no-count-target",
                plan.label(), indicatorCode));
        List<Allocation.Share> shares = plans.answersTo(plan.id).stream()
                .flatMap(child -> countTarget(child, indicatorCode).stream()
                        .map(target -> new Allocation.Share(child.id, child.symbol, child.issuingOrganization.code,
                                target.value())))
                .toList();
        BigDecimal allocated = shares.stream().map(Allocation.Share::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Allocation(plan.id, plan.symbol, indicatorCode, own.value(), allocated,
                own.value().subtract(allocated), shares);
    }

    private static Optional<Target> countTarget(Plan plan, String indicatorCode) {
        return plan.targets.stream()
                .filter(target -> indicatorCode.equals(target.indicatorCode()) && target.unit() == Target.Unit.COUNT)
                .findFirst();
    }
}
