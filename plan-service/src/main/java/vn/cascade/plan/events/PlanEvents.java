package vn.cascade.plan.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

import vn.cascade.common.events.PlanSnapshot;
import vn.cascade.common.events.PlanSnapshot.OrganizationRef;
import vn.cascade.common.events.Topics;
import vn.cascade.common.outbox.Outbox;
import vn.cascade.plan.domain.DocumentLink;
import vn.cascade.organizations.Organization;
import vn.cascade.plan.domain.Plan;
import vn.cascade.plan.domain.ReportingRequirement;
import vn.cascade.organizations.OrganizationRepository;

/**
 * Announces, through the outbox, that a plan was issued, amended or revoked, with the reporting organisations
 * resolved as they are at that moment.
 */
@ApplicationScoped
public class PlanEvents {

    private final Outbox outbox;
    private final OrganizationRepository organizations;

    PlanEvents(Outbox outbox, OrganizationRepository organizations) {
        this.outbox = outbox;
        this.organizations = organizations;
    }

    public void issued(Plan plan) {
        publish(plan, PlanSnapshot.ISSUED);
    }

    public void amended(Plan plan) {
        publish(plan, PlanSnapshot.AMENDED);
    }

    public void revoked(Plan plan) {
        publish(plan, PlanSnapshot.REVOKED);
    }

    private void publish(Plan plan, String type) {
        outbox.publish(Topics.PLANS, PlanSnapshot.AGGREGATE, plan.id, type, snapshot(plan));
    }

    public PlanSnapshot snapshot(Plan plan) {
        Organization issuer = plan.issuingOrganization;
        return new PlanSnapshot(plan.id, plan.symbol, plan.type.name(), issuer.id, issuer.code, plan.issueDate,
                plan.title, plan.status.name(), plan.version,
                plan.implementsSymbol == null ? null : new PlanSnapshot.DocumentLink(
                        vn.cascade.common.documents.ReferenceKind.IMPLEMENTS, plan.implementsSymbol,
                        plan.implementsIssueDate, plan.implementsDirectiveId),
                plan.parentPlan == null ? null : plan.parentPlan.id,
                plan.basedOn.stream().map(PlanEvents::link).toList(),
                List.copyOf(plan.targets),
                plan.tasks.stream().map(task -> new PlanSnapshot.TaskSummary(task.id, task.number, firstLine(task.text),
                        task.leadUnits.stream().filter(unit -> unit.organizationCode() != null)
                                .map(unit -> ref(unit.organizationCode())).toList())).toList(),
                plan.reportingRequirements.stream().map(requirement -> requirement(plan, requirement)).toList(),
                new PlanSnapshot.SubordinatePlanDuty(subordinatesOwingAPlan(plan).stream().map(PlanEvents::ref).toList(),
                        plan.subordinatePlanDeadline));
    }

    /** The organisations a plan obliges to answer with a plan of their own. */
    public List<Organization> subordinatesOwingAPlan(Plan plan) {
        return plan.subordinatePlanAddressees.isEmpty()
                ? organizations.activeChildren(plan.issuingOrganization.id)
                : plan.subordinatePlanAddressees.stream().map(this::organization).toList();
    }

    private PlanSnapshot.ReportingRequirement requirement(Plan plan, ReportingRequirement requirement) {
        List<Organization> reporters = requirement.reporterCodes().isEmpty()
                ? organizations.activeChildren(plan.issuingOrganization.id)
                : requirement.reporterCodes().stream().map(this::organization).toList();
        return new PlanSnapshot.ReportingRequirement(requirement.id(), reporters.stream().map(PlanEvents::ref).toList(),
                ref(requirement.recipientCode()), requirement.viaCode() == null ? null : ref(requirement.viaCode()),
                requirement.frequencies(), requirement.years(), requirement.dueDaysAfterPeriodEnd(),
                requirement.reminderDaysBeforeDue());
    }

    private OrganizationRef ref(String code) {
        return ref(organization(code));
    }

    private static OrganizationRef ref(Organization organization) {
        return new OrganizationRef(organization.id, organization.code);
    }

    private Organization organization(String code) {
        return organizations.findByCode(code)
                .orElseThrow(() -> new IllegalStateException("Organisation " + code + " vanished from the copy"));
    }

    private static PlanSnapshot.DocumentLink link(DocumentLink link) {
        return new PlanSnapshot.DocumentLink(link.kind(), link.symbol(), link.issueDate(), link.documentId());
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() <= 300 ? line : line.substring(0, 297) + "…";
    }

}
