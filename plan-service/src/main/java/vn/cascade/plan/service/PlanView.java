package vn.cascade.plan.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.cascade.common.documents.DocumentType;
import vn.cascade.common.documents.Target;
import vn.cascade.plan.domain.DocumentLink;
import vn.cascade.plan.domain.PlanStatus;
import vn.cascade.plan.domain.Recipient;
import vn.cascade.plan.domain.ReportingRequirement;
import vn.cascade.plan.domain.Signer;

/** A plan as its readers see it, read whole inside the service: each target beside the matching target above. */
public record PlanView(
        UUID id,
        String symbol,
        DocumentType type,
        String issuingOrganizationCode,
        String issuingOrganizationName,
        LocalDate issueDate,
        String issuePlace,
        String title,
        String purposes,
        String requirements,
        String implementation,
        DocumentLink implementsDirective,
        UUID parentPlanId,
        String parentPlanSymbol,
        List<DocumentLink> basedOn,
        List<TargetView> targets,
        List<TaskView> tasks,
        List<ReportingRequirement> reportingRequirements,
        List<Recipient> recipients,
        Signer signer,
        List<String> subordinatePlanAddressees,
        LocalDate subordinatePlanDeadline,
        PlanStatus status,
        String statusReason,
        long version,
        OffsetDateTime issuedAt,
        OffsetDateTime updatedAt,
        String updatedBy,
        List<DocumentLink> amendedBy,
        DocumentLink replacedBy,
        LifecycleConsequences.Consequences consequences) {

    /** The view answering a lifecycle change, with what the change did to other plans. */
    public PlanView with(LifecycleConsequences.Consequences done) {
        return new PlanView(id, symbol, type, issuingOrganizationCode, issuingOrganizationName, issueDate, issuePlace,
                title, purposes, requirements, implementation, implementsDirective, parentPlanId, parentPlanSymbol,
                basedOn, targets, tasks, reportingRequirements, recipients, signer, subordinatePlanAddressees,
                subordinatePlanDeadline, status, statusReason, version, issuedAt, updatedAt, updatedBy, amendedBy,
                replacedBy, done);
    }

    /** A target with the matching target above it (the parent plan's, else the implemented directive's). */
    public record TargetView(Target target, Target parentTarget, String parentSymbol, boolean weakerThanParent) {
    }
}
