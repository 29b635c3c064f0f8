package vn.cascade.plan.rest.mapping;

import static vn.cascade.plan.rest.mapping.PlanMapper.each;

import java.util.List;
import java.util.function.Function;
import vn.cascade.common.events.PlanSnapshot;
import vn.cascade.plan.domain.PlanRevision;
import vn.cascade.plan.rest.dto.PlanRevisionResponse;
import vn.cascade.plan.rest.dto.PlanRevisionResponse.Content;
import vn.cascade.plan.rest.dto.PlanRevisionResponse.OrganizationRef;

/** A plan's history, from the snapshots announced at each change to the API's own records of that shape. */
public final class PlanRevisionMapper {

    private PlanRevisionMapper() {
    }

    public static PlanRevisionResponse toResponse(PlanRevision revision) {
        return new PlanRevisionResponse(revision.version(), revision.status(), revision.reason(),
                revision.changedAt(), revision.changedBy(), content(revision.content()));
    }

    private static Content content(PlanSnapshot plan) {
        return plan == null ? null : new Content(plan.id(), plan.symbol(), plan.type(), plan.issuingOrganizationId(),
                plan.issuingOrganizationCode(), plan.issueDate(), plan.title(), plan.status(), plan.version(),
                link(plan.implementsDirective()), plan.parentPlanId(), stored(plan.basedOn(), PlanRevisionMapper::link),
                plan.targets(), stored(plan.tasks(), PlanRevisionMapper::task),
                stored(plan.reportingRequirements(), PlanRevisionMapper::requirement),
                duty(plan.subordinatePlanDuty()));
    }

    private static PlanRevisionResponse.DocumentLink link(PlanSnapshot.DocumentLink link) {
        return link == null ? null
                : new PlanRevisionResponse.DocumentLink(link.kind(), link.symbol(), link.issueDate(), link.documentId());
    }

    private static PlanRevisionResponse.TaskSummary task(PlanSnapshot.TaskSummary task) {
        return new PlanRevisionResponse.TaskSummary(task.id(), task.number(), task.title(),
                stored(task.leadOrganizations(), PlanRevisionMapper::ref));
    }

    private static PlanRevisionResponse.ReportingRequirement requirement(PlanSnapshot.ReportingRequirement requirement) {
        return new PlanRevisionResponse.ReportingRequirement(requirement.id(),
                stored(requirement.reporters(), PlanRevisionMapper::ref), ref(requirement.recipient()),
                ref(requirement.via()), requirement.frequencies(), requirement.years(),
                requirement.dueDaysAfterPeriodEnd(), requirement.reminderDaysBeforeDue());
    }

    private static PlanRevisionResponse.SubordinatePlanDuty duty(PlanSnapshot.SubordinatePlanDuty duty) {
        return duty == null ? null : new PlanRevisionResponse.SubordinatePlanDuty(
                stored(duty.organizations(), PlanRevisionMapper::ref), duty.deadline());
    }

    private static OrganizationRef ref(PlanSnapshot.OrganizationRef organization) {
        return organization == null ? null : new OrganizationRef(organization.id(), organization.code());
    }

    /** A list a revision was stored without (an older snapshot) stays absent, as it was stored. */
    private static <A, B> List<B> stored(List<A> items, Function<? super A, ? extends B> mapper) {
        return items == null ? null : each(items, mapper);
    }
}
