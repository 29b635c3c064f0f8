package vn.cascade.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.security.OrganizationPaths;
import vn.cascade.organizations.Organization;
import vn.cascade.plan.domain.Plan;
import vn.cascade.plan.repository.PlanRepository;

/**
 * Coverage and lag of a directive per level of the hierarchy, across the country or a subtree: how many organisations
 * owed a plan of their own, how many answered, how many owe still, how many were or are late, and how long answers
 * took. See docs/plan-model.md, "Coverage per level".
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LevelCoverage {

    /**
     * @param scopeOrganizationCode the subtree counted; null for the whole country
     * @param levels                one row per level that has an organisation counted, from the centre down
     */
    public record Table(UUID directiveId, String directiveSymbol, LocalDate directiveIssueDate,
            String scopeOrganizationCode, LocalDate asOf, List<Row> levels, Row total) {
    }

    /**
     * @param expected     organisations that owed an answer (addressed by an upper plan answering the directive), and
     *                     those that answered unasked
     * @param answeredLate answered after the deadline the upper plan set
     * @param owingLate    not answered, and the deadline has passed
     * @param late         answeredLate + owingLate
     * @param medianLagDays days from the upper document's issue (the plan that asked, or the directive) to the answer
     * @param p90LagDays   nearest-rank 90th percentile of the same
     */
    public record Row(OrganizationLevel level, int expected, int answered, int answeredLate, int owing, int owingLate,
            int late, Double medianLagDays, Long p90LagDays) {
    }

    /** What one organisation owed, to whom, and how it answered. */
    private record Duty(Organization organization, LocalDate askedOn, LocalDate deadline, Plan answer) {
    }

    private final CascadeService cascade;
    private final PlanRepository plans;
    private final PlanDuties duties;
    private final PlanAccess access;
    private final Clock clock;

    LevelCoverage(CascadeService cascade, PlanRepository plans, PlanDuties duties, PlanAccess access, Clock clock) {
        this.cascade = cascade;
        this.plans = plans;
        this.duties = duties;
        this.access = access;
        this.clock = clock;
    }

    /**
     * For the subtree of the organisation when given (which the caller must oversee), else of what the caller
     * oversees (the whole country for an administrator).
     */
    public Table table(String directiveSymbol, Integer year, String organizationCode) {
        vn.cascade.plan.domain.Directive directive = cascade.directive(directiveSymbol, year);
        Organization scope = organizationCode != null ? access.organizationInScope(organizationCode)
                : access.oversight().orElse(null);
        String scopeCode = scope == null ? null : scope.code;
        String scopePath = scope == null ? null : scope.path;
        LocalDate today = LocalDate.now(clock);
        List<Plan> answering = plans.answering(directive.id);
        Map<UUID, Plan> answerOf = new LinkedHashMap<>();
        answering.forEach(plan -> answerOf.putIfAbsent(plan.issuingOrganization.id, plan));

        // Who was asked, by the first answering plan that asked it; then who answered unasked.
        Map<UUID, Duty> duties = new LinkedHashMap<>();
        for (Plan upper : answering) {
            for (Organization addressee : this.duties.subordinatesOwingAPlan(upper)) {
                duties.putIfAbsent(addressee.id, new Duty(addressee, upper.issueDate, upper.subordinatePlanDeadline,
                        answerOf.get(addressee.id)));
            }
        }
        for (Plan plan : answering) {
            Organization issuer = plan.issuingOrganization;
            if (!duties.containsKey(issuer.id) && plan == answerOf.get(issuer.id)) {
                LocalDate askedOn = plan.parentPlan != null
                        && answering.stream().anyMatch(other -> other.id.equals(plan.parentPlan.id))
                        ? plan.parentPlan.issueDate : directive.issueDate;
                duties.put(issuer.id, new Duty(issuer, askedOn, null, plan));
            }
        }

        Map<OrganizationLevel, List<Duty>> byLevel = new EnumMap<>(OrganizationLevel.class);
        List<Duty> counted = new ArrayList<>();
        for (Duty duty : duties.values()) {
            if (scopePath != null && !OrganizationPaths.isInside(duty.organization().path, scopePath)) {
                continue;
            }
            counted.add(duty);
            if (duty.organization().level != null) {
                byLevel.computeIfAbsent(duty.organization().level, level -> new ArrayList<>()).add(duty);
            }
        }
        List<Row> rows = byLevel.entrySet().stream().map(entry -> row(entry.getKey(), entry.getValue(), today)).toList();
        return new Table(directive.id, directive.symbol, directive.issueDate, scopeCode, today, rows,
                row(null, counted, today));
    }

    private static Row row(OrganizationLevel level, List<Duty> duties, LocalDate today) {
        int answered = 0;
        int answeredLate = 0;
        int owing = 0;
        int owingLate = 0;
        List<Long> lags = new ArrayList<>();
        for (Duty duty : duties) {
            if (duty.answer() != null) {
                answered++;
                if (duty.deadline() != null && duty.answer().issueDate.isAfter(duty.deadline())) {
                    answeredLate++;
                }
                lags.add(Math.max(0, ChronoUnit.DAYS.between(duty.askedOn(), duty.answer().issueDate)));
            } else {
                owing++;
                if (duty.deadline() != null && today.isAfter(duty.deadline())) {
                    owingLate++;
                }
            }
        }
        lags.sort(null);
        return new Row(level, duties.size(), answered, answeredLate, owing, owingLate, answeredLate + owingLate,
                median(lags), percentile(lags, 90));
    }

    static Double median(List<Long> sorted) {
        int n = sorted.size();
        if (n == 0) {
            return null;
        }
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    /** Nearest rank: the smallest value with at least p% of the values at or below it. */
    static Long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
