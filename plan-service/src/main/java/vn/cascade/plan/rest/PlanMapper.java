package vn.cascade.plan.rest;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.cascade.common.documents.Target;
import vn.cascade.plan.domain.DocumentLink;
import vn.cascade.plan.domain.Plan;
import vn.cascade.plan.service.PlanService;

/** Entity to response, with each target set beside the matching target above it. */
@ApplicationScoped
public class PlanMapper {

    private final PlanService plans;
    private final Clock clock;

    PlanMapper(PlanService plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    public PlanResponse toResponse(Plan plan) {
        LocalDate today = LocalDate.now(clock);
        Optional<PlanService.ParentTargets> above = plans.parentTargets(plan);
        List<PlanResponse.TargetView> targets = plan.targets.stream().map(target -> view(target, above)).toList();
        return new PlanResponse(plan.id, plan.symbol, plan.type, plan.issuingOrganization.code,
                plan.issuingOrganization.name, plan.issueDate, plan.issuePlace, plan.title, plan.purposes,
                plan.requirements, plan.implementation,
                plan.implementsSymbol == null ? null : new DocumentLink(vn.cascade.common.documents.ReferenceKind.IMPLEMENTS,
                        plan.implementsSymbol, plan.implementsIssueDate, plan.implementsDirectiveId),
                plan.parentPlan == null ? null : plan.parentPlan.id,
                plan.parentPlan == null ? null : plan.parentPlan.symbol,
                List.copyOf(plan.basedOn), targets,
                plan.tasks.stream().map(task -> TaskResponse.from(task, today)).toList(),
                List.copyOf(plan.reportingRequirements), List.copyOf(plan.recipients), plan.signer,
                List.copyOf(plan.subordinatePlanAddressees), plan.subordinatePlanDeadline, plan.status,
                plan.statusReason, plan.version, plan.issuedAt, plan.updatedAt, plan.updatedBy);
    }

    private static PlanResponse.TargetView view(Target target, Optional<PlanService.ParentTargets> above) {
        Optional<Target> parent = above.flatMap(found -> found.targets().stream()
                .filter(candidate -> vn.cascade.plan.domain.TargetStrength.comparable(target, candidate)).findFirst());
        return new PlanResponse.TargetView(target, parent.orElse(null),
                parent.isPresent() ? above.get().symbol() : null,
                parent.map(candidate -> vn.cascade.plan.domain.TargetStrength.isWeaker(target, candidate)).orElse(false));
    }
}
