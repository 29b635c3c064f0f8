package vn.cascade.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.cascade.common.documents.ReferenceKind;
import vn.cascade.common.documents.Target;
import vn.cascade.plan.domain.DocumentLink;
import vn.cascade.plan.domain.Plan;
import vn.cascade.plan.domain.TargetStrength;
import vn.cascade.plan.service.UpperDocuments.TargetsAbove;

/** Reads a plan into its view while the service still holds it, lazy associations included. */
@ApplicationScoped
public class PlanViews {

    private final UpperDocuments upper;
    private final Clock clock;

    PlanViews(UpperDocuments upper, Clock clock) {
        this.upper = upper;
        this.clock = clock;
    }

    public PlanView of(Plan plan) {
        LocalDate today = LocalDate.now(clock);
        Optional<TargetsAbove> above = upper.targetsAbove(plan);
        return new PlanView(plan.id, plan.symbol, plan.type, plan.issuingOrganization.code,
                plan.issuingOrganization.name, plan.issueDate, plan.issuePlace, plan.title, plan.purposes,
                plan.requirements, plan.implementation,
                plan.implementsSymbol == null ? null : new DocumentLink(ReferenceKind.IMPLEMENTS,
                        plan.implementsSymbol, plan.implementsIssueDate, plan.implementsDirectiveId),
                plan.parentPlan == null ? null : plan.parentPlan.id,
                plan.parentPlan == null ? null : plan.parentPlan.symbol,
                List.copyOf(plan.basedOn), plan.targets.stream().map(target -> beside(target, above)).toList(),
                plan.tasks.stream().map(task -> TaskView.of(task, today)).toList(),
                List.copyOf(plan.reportingRequirements), List.copyOf(plan.recipients), plan.signer,
                List.copyOf(plan.subordinatePlanAddressees), plan.subordinatePlanDeadline, plan.status,
                plan.statusReason, plan.version, plan.issuedAt, plan.updatedAt, plan.updatedBy,
                List.copyOf(plan.amendedBy), plan.replacedBy, null);
    }

    private static PlanView.TargetView beside(Target target, Optional<TargetsAbove> above) {
        Optional<Target> parent = above.flatMap(found -> found.targets().stream()
                .filter(candidate -> TargetStrength.comparable(target, candidate)).findFirst());
        return new PlanView.TargetView(target, parent.orElse(null),
                parent.isPresent() ? above.get().symbol() : null,
                parent.map(candidate -> TargetStrength.isWeaker(target, candidate)).orElse(false));
    }
}
