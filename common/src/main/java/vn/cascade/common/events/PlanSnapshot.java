package vn.cascade.common.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.common.documents.ReferenceKind;
import vn.cascade.common.documents.Target;

/**
 * An issued plan as plan-service announces it on {@link Topics#PLANS} when it is issued, amended or
 * revoked: everything directive-service needs to show who answered a directive, and everything
 * reporting-service needs to create the reporting obligations. See docs/events.md.
 *
 * @param implementsDirective the directive the plan carries out (thực hiện), when it names one
 * @param parentPlanId        the upper-level plan this one answers (e.g. 07-KH/TW for 48-CTr/TU), when known
 * @param subordinatePlanDuty the organisations that must answer with a plan of their own, and by when
 * @param statusReason        why the plan was amended, completed, replaced or revoked, as its issuer put it
 * @param amendedBy           the plans that amended this one (sửa đổi, bổ sung) while it stays in force, oldest first
 * @param replacedBy          the plan that replaced this one (thay thế), once it has
 */
public record PlanSnapshot(
        UUID id,
        String symbol,
        String type,
        UUID issuingOrganizationId,
        String issuingOrganizationCode,
        LocalDate issueDate,
        String title,
        String status,
        long version,
        DocumentLink implementsDirective,
        UUID parentPlanId,
        List<DocumentLink> basedOn,
        List<Target> targets,
        List<TaskSummary> tasks,
        List<ReportingRequirement> reportingRequirements,
        SubordinatePlanDuty subordinatePlanDuty,
        String statusReason,
        List<DocumentLink> amendedBy,
        DocumentLink replacedBy) {

    public static final String AGGREGATE = "plan";
    public static final String ISSUED = "vn.cascade.plan.issued.v1";
    public static final String AMENDED = "vn.cascade.plan.amended.v1";
    public static final String REVOKED = "vn.cascade.plan.revoked.v1";
    /** Completed (hoàn thành): obligations for periods not yet begun are no longer owed. */
    public static final String COMPLETED = "vn.cascade.plan.completed.v1";
    /** Replaced (thay thế) by another plan, named in {@code replacedBy}. */
    public static final String REPLACED = "vn.cascade.plan.replaced.v1";

    /** A plan as announced before issue 19 added why its status changed and which plans amended or replaced it. */
    public PlanSnapshot(UUID id, String symbol, String type, UUID issuingOrganizationId, String issuingOrganizationCode,
            LocalDate issueDate, String title, String status, long version, DocumentLink implementsDirective,
            UUID parentPlanId, List<DocumentLink> basedOn, List<Target> targets, List<TaskSummary> tasks,
            List<ReportingRequirement> reportingRequirements, SubordinatePlanDuty subordinatePlanDuty) {
        this(id, symbol, type, issuingOrganizationId, issuingOrganizationCode, issueDate, title, status, version,
                implementsDirective, parentPlanId, basedOn, targets, tasks, reportingRequirements, subordinatePlanDuty,
                null, List.of(), null);
    }

    /** @param documentId the registered directive or plan, null while the named document is unknown */
    @Schema(name = "PlanSnapshotDocumentLink")
    public record DocumentLink(ReferenceKind kind, String symbol, LocalDate issueDate, UUID documentId) {
    }

    public record OrganizationRef(UUID id, String code) {
    }

    /** @param number as numbered in the plan: "1", "2.3", "IV.1" */
    public record TaskSummary(UUID id, String number, String title, List<OrganizationRef> leadOrganizations) {
    }

    /**
     * Who reports what to whom, and when: "Định kỳ hằng quý, 6 tháng, 9 tháng, năm 2023 báo cáo kết quả thực
     * hiện về Ban Thường vụ Thành ủy (qua Ban Tổ chức Thành ủy)".
     *
     * @param reporters             resolved when the plan is issued (all direct subordinates, or the units named)
     * @param recipient             the organisation the reports go to
     * @param via                   the body that receives them on its behalf (qua Ban Tổ chức …), if any
     * @param dueDaysAfterPeriodEnd negative when the report is due before the period ends
     */
    @Schema(name = "PlanSnapshotReportingRequirement")
    public record ReportingRequirement(
            UUID id,
            List<OrganizationRef> reporters,
            OrganizationRef recipient,
            OrganizationRef via,
            Set<ReportingFrequency> frequencies,
            List<Integer> years,
            int dueDaysAfterPeriodEnd,
            int reminderDaysBeforeDue) {
    }

    public record SubordinatePlanDuty(List<OrganizationRef> organizations, LocalDate deadline) {
    }
}
