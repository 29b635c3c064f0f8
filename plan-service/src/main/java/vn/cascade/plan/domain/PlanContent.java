package vn.cascade.plan.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.common.documents.Target;

/**
 * A plan whole, as one version left it (issue 19): everything its issuer wrote, tasks with their full text — what the
 * history keeps of each version and what two versions are compared on. Progress is not content: it is reported.
 */
@Schema(name = "PlanVersionContent", description = "The plan whole as one version left it: everything its issuer "
        + "wrote, tasks with their full text; progress is not part of it")
public record PlanContent(
        String symbol,
        String type,
        String issuingOrganizationCode,
        LocalDate issueDate,
        String issuePlace,
        String title,
        String purposes,
        String requirements,
        String implementation,
        DocumentLink implementsDirective,
        UUID parentPlanId,
        List<DocumentLink> basedOn,
        List<Target> targets,
        List<Task> tasks,
        List<ReportingRequirement> reportingRequirements,
        List<Recipient> recipients,
        Signer signer,
        List<String> subordinatePlanAddressees,
        LocalDate subordinatePlanDeadline,
        String status,
        String statusReason,
        List<DocumentLink> amendedBy,
        DocumentLink replacedBy) {

    /** A task as written: its number, whole text, units and timeframe, and the number of the task it lies under. */
    @Schema(name = "PlanVersionTask")
    public record Task(UUID id, String number, String text, List<Unit> leadUnits, List<Unit> cooperatingUnits,
            Timeframe timeframe, LocalDate dueDate,
            @Schema(description = "The number of the task this one lies under, from the numbers; null at the top",
                    example = "1") String parentNumber) {

        /** A task of a version written before tasks nested (issue 19): its parent is derived when compared. */
        public Task(UUID id, String number, String text, List<Unit> leadUnits, List<Unit> cooperatingUnits,
                Timeframe timeframe, LocalDate dueDate) {
            this(id, number, text, leadUnits, cooperatingUnits, timeframe, dueDate, null);
        }

        Task withParentNumber(String parent) {
            return new Task(id, number, text, leadUnits, cooperatingUnits, timeframe, dueDate, parent);
        }
    }

    public static PlanContent of(Plan plan) {
        return new PlanContent(plan.symbol, plan.type == null ? null : plan.type.name(), plan.issuingOrganization.code,
                plan.issueDate, plan.issuePlace, plan.title, plan.purposes, plan.requirements, plan.implementation,
                plan.implementsSymbol == null ? null : new DocumentLink(vn.cascade.common.documents.ReferenceKind.IMPLEMENTS,
                        plan.implementsSymbol, plan.implementsIssueDate, plan.implementsDirectiveId),
                plan.parentPlan == null ? null : plan.parentPlan.id, List.copyOf(plan.basedOn), List.copyOf(plan.targets),
                plan.tasks.stream().map(task -> new Task(task.id, task.number, task.text, List.copyOf(task.leadUnits),
                        List.copyOf(task.cooperatingUnits), task.timeframe, task.dueDate, task.parentNumber)).toList(),
                List.copyOf(plan.reportingRequirements), List.copyOf(plan.recipients), plan.signer,
                List.copyOf(plan.subordinatePlanAddressees), plan.subordinatePlanDeadline, plan.status.name(),
                plan.statusReason, List.copyOf(plan.amendedBy), plan.replacedBy);
    }
}
