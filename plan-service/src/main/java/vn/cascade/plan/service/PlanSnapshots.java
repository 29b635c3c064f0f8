package vn.cascade.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.cascade.common.documents.ReferenceKind;
import vn.cascade.common.events.PlanSnapshot;
import vn.cascade.common.events.PlanSnapshot.OrganizationRef;
import vn.cascade.organizations.Organization;
import vn.cascade.plan.domain.DocumentLink;
import vn.cascade.plan.domain.Plan;
import vn.cascade.plan.domain.PlanTask;
import vn.cascade.plan.domain.ReportingRequirement;

/**
 * A plan as it is announced and kept in its history, with the organisations it obliges resolved as they are at
 * that moment. Built once per change: the same snapshot is recorded and published.
 */
@ApplicationScoped
public class PlanSnapshots {

    private final PlanDuties duties;

    PlanSnapshots(PlanDuties duties) {
        this.duties = duties;
    }

    public PlanSnapshot of(Plan plan) {
        Organization issuer = plan.issuingOrganization;
        return new PlanSnapshot(plan.id, plan.symbol, plan.type.name(), issuer.id, issuer.code, plan.issueDate,
                plan.title, plan.status.name(), plan.version,
                plan.implementsSymbol == null ? null : new PlanSnapshot.DocumentLink(ReferenceKind.IMPLEMENTS,
                        plan.implementsSymbol, plan.implementsIssueDate, plan.implementsDirectiveId),
                plan.parentPlan == null ? null : plan.parentPlan.id,
                plan.basedOn.stream().map(PlanSnapshots::link).toList(),
                List.copyOf(plan.targets),
                plan.tasks.stream().map(this::task).toList(),
                plan.reportingRequirements.stream().map(requirement -> requirement(plan, requirement)).toList(),
                new PlanSnapshot.SubordinatePlanDuty(
                        duties.subordinatesOwingAPlan(plan).stream().map(PlanSnapshots::ref).toList(),
                        plan.subordinatePlanDeadline),
                plan.statusReason, plan.amendedBy.stream().map(PlanSnapshots::link).toList(),
                plan.replacedBy == null ? null : link(plan.replacedBy));
    }

    private PlanSnapshot.TaskSummary task(PlanTask task) {
        return new PlanSnapshot.TaskSummary(task.id, task.number, firstLine(task.text),
                task.leadUnits.stream().filter(unit -> unit.organizationCode() != null)
                        .map(unit -> ref(unit.organizationCode())).toList());
    }

    private PlanSnapshot.ReportingRequirement requirement(Plan plan, ReportingRequirement requirement) {
        return new PlanSnapshot.ReportingRequirement(requirement.id(),
                duties.reporters(plan, requirement).stream().map(PlanSnapshots::ref).toList(),
                ref(requirement.recipientCode()), requirement.viaCode() == null ? null : ref(requirement.viaCode()),
                requirement.frequencies(), requirement.years(), requirement.dueDaysAfterPeriodEnd(),
                requirement.reminderDaysBeforeDue());
    }

    private OrganizationRef ref(String code) {
        return ref(duties.named(code));
    }

    private static OrganizationRef ref(Organization organization) {
        return new OrganizationRef(organization.id, organization.code);
    }

    private static PlanSnapshot.DocumentLink link(DocumentLink link) {
        return new PlanSnapshot.DocumentLink(link.kind(), link.symbol(), link.issueDate(), link.documentId());
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() <= 300 ? line : line.substring(0, 297) + "…";
    }
}
