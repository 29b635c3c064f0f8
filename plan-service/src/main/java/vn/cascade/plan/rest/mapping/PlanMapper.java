package vn.cascade.plan.rest.mapping;

import java.util.List;
import java.util.function.Function;
import vn.cascade.plan.rest.dto.AllocationResponse;
import vn.cascade.plan.rest.dto.ConsequencesResponse;
import vn.cascade.plan.rest.dto.DependentResponse;
import vn.cascade.plan.rest.dto.PlanRequest;
import vn.cascade.plan.rest.dto.PlanResponse;
import vn.cascade.plan.service.LifecycleConsequences.Consequences;
import vn.cascade.plan.service.LifecycleConsequences.Dependent;
import vn.cascade.plan.service.PlanQueries.Allocation;
import vn.cascade.plan.service.PlanView;
import vn.cascade.plan.service.command.PlanDraft;

/** Plans between the API's records and the service's: the request's content in, the view out. */
public final class PlanMapper {

    private PlanMapper() {
    }

    public static PlanDraft toDraft(PlanRequest request) {
        return new PlanDraft(request.symbol(), request.issuingOrganizationCode(), request.issueDate(),
                request.issuePlace(), request.title(), request.purposes(), request.requirements(),
                request.implementation(), reference(request.implementsDirective()),
                each(request.basedOn(), PlanMapper::reference), request.targets(),
                each(request.tasks(), PlanMapper::task), each(request.reportingRequirements(), PlanMapper::reporting),
                request.recipients(), request.signer(), subordinatePlans(request.subordinatePlans()));
    }

    public static PlanResponse toResponse(PlanView plan) {
        return new PlanResponse(plan.id(), plan.symbol(), plan.type(), plan.issuingOrganizationCode(),
                plan.issuingOrganizationName(), plan.issueDate(), plan.issuePlace(), plan.title(), plan.purposes(),
                plan.requirements(), plan.implementation(), plan.implementsDirective(), plan.parentPlanId(),
                plan.parentPlanSymbol(), plan.basedOn(), each(plan.targets(), PlanMapper::target),
                each(plan.tasks(), TaskMapper::toResponse), plan.reportingRequirements(), plan.recipients(),
                plan.signer(), plan.subordinatePlanAddressees(), plan.subordinatePlanDeadline(), plan.status(),
                plan.statusReason(), plan.version(), plan.issuedAt(), plan.updatedAt(), plan.updatedBy(),
                plan.amendedBy(), plan.replacedBy(),
                plan.consequences() == null ? null : toResponse(plan.consequences()));
    }

    public static ConsequencesResponse toResponse(Consequences consequences) {
        return new ConsequencesResponse(each(consequences.superseded(), superseded -> new ConsequencesResponse.Superseded(
                superseded.planId(), superseded.symbol(), superseded.issuingOrganizationCode(), superseded.kind(),
                superseded.status(), each(superseded.dependents(), PlanMapper::toResponse))),
                each(consequences.dependents(), PlanMapper::toResponse));
    }

    public static DependentResponse toResponse(Dependent dependent) {
        return new DependentResponse(dependent.planId(), dependent.symbol(), dependent.issuingOrganizationCode(),
                dependent.status(), dependent.restsOnSymbol(), dependent.depth());
    }

    public static AllocationResponse toResponse(Allocation allocation) {
        return new AllocationResponse(allocation.planId(), allocation.planSymbol(), allocation.indicatorCode(),
                allocation.value(), allocation.allocated(), allocation.unallocated(),
                each(allocation.shares(), share -> new AllocationResponse.Share(share.planId(), share.planSymbol(),
                        share.organizationCode(), share.value())));
    }

    private static PlanResponse.TargetView target(PlanView.TargetView target) {
        return new PlanResponse.TargetView(target.target(), target.parentTarget(), target.parentSymbol(),
                target.weakerThanParent());
    }

    private static PlanDraft.DocumentReference reference(PlanRequest.DocumentReference reference) {
        return reference == null ? null
                : new PlanDraft.DocumentReference(reference.kind(), reference.symbol(), reference.issueDate());
    }

    private static PlanDraft.Task task(PlanRequest.Task task) {
        return new PlanDraft.Task(task.number(), task.text(), task.leadUnits(), task.cooperatingUnits(),
                task.timeframe());
    }

    private static PlanDraft.Reporting reporting(PlanRequest.Reporting reporting) {
        return new PlanDraft.Reporting(reporting.reporterCodes(), reporting.recipientCode(), reporting.viaCode(),
                reporting.frequencies(), reporting.years(), reporting.dueDaysAfterPeriodEnd(),
                reporting.reminderDaysBeforeDue());
    }

    private static PlanDraft.SubordinatePlans subordinatePlans(PlanRequest.SubordinatePlans subordinatePlans) {
        return subordinatePlans == null ? null
                : new PlanDraft.SubordinatePlans(subordinatePlans.addressees(), subordinatePlans.deadline());
    }

    /** Absent lists of a request are empty lists. */
    static <A, B> List<B> each(List<A> items, Function<? super A, ? extends B> mapper) {
        return items == null ? List.of() : items.stream().<B>map(mapper).toList();
    }
}
