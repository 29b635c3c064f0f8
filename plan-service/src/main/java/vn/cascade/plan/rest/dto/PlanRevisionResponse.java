package vn.cascade.plan.rest.dto;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.common.documents.ReferenceKind;
import vn.cascade.common.documents.Target;
import vn.cascade.common.events.ReportingFrequency;

/**
 * The plan as one change left it. Its content has the shape (and the schema names) of the event announced at that
 * change, written as the API's own records so that the event can evolve without changing the API.
 */
@Schema(name = "PlanRevision")
public record PlanRevisionResponse(long version, String status, String reason, OffsetDateTime changedAt,
        String changedBy, Content content) {

    @Schema(name = "PlanSnapshot")
    public record Content(UUID id, String symbol, String type, UUID issuingOrganizationId,
            String issuingOrganizationCode, LocalDate issueDate, String title, String status, long version,
            DocumentLink implementsDirective, UUID parentPlanId, List<DocumentLink> basedOn, List<Target> targets,
            List<TaskSummary> tasks, List<ReportingRequirement> reportingRequirements,
            SubordinatePlanDuty subordinatePlanDuty) {
    }

    @Schema(name = "PlanSnapshotDocumentLink")
    public record DocumentLink(ReferenceKind kind, String symbol, LocalDate issueDate, UUID documentId) {
    }

    public record OrganizationRef(UUID id, String code) {
    }

    public record TaskSummary(UUID id, String number, String title, List<OrganizationRef> leadOrganizations) {
    }

    @Schema(name = "PlanSnapshotReportingRequirement")
    public record ReportingRequirement(UUID id, List<OrganizationRef> reporters, OrganizationRef recipient,
            OrganizationRef via, Set<ReportingFrequency> frequencies, List<Integer> years, int dueDaysAfterPeriodEnd,
            int reminderDaysBeforeDue) {
    }

    public record SubordinatePlanDuty(List<OrganizationRef> organizations, LocalDate deadline) {
    }
}
