package vn.cascade.plan.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.cascade.common.documents.DocumentSymbol;
import vn.cascade.common.documents.IssuedDocument;
import vn.cascade.common.documents.ReferenceKind;
import vn.cascade.common.documents.Target;
import vn.cascade.common.domain.DomainException;
import vn.cascade.organizations.Organization;

/** An implementation plan (kế hoạch) or action programme (chương trình hành động). */
@Entity
@Table(name = "plan")
public class Plan extends IssuedDocument {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "issuing_organization_id")
    public Organization issuingOrganization;

    @Column(name = "issue_place")
    public String issuePlace;

    /** mục đích */
    public String purposes;

    /** yêu cầu */
    public String requirements;

    /** tổ chức thực hiện */
    public String implementation;

    @Column(name = "implements_symbol")
    public String implementsSymbol;

    @Column(name = "implements_issue_date")
    public LocalDate implementsIssueDate;

    @Column(name = "implements_directive_id")
    public UUID implementsDirectiveId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_plan_id")
    public Plan parentPlan;

    @Column(name = "based_on")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<DocumentLink> basedOn = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Target> targets = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<PlanTask> tasks = new ArrayList<>();

    @Column(name = "reporting_requirements")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<ReportingRequirement> reportingRequirements = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Recipient> recipients = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public Signer signer;

    @Column(name = "subordinate_plan_addressees")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> subordinatePlanAddressees = new ArrayList<>();

    @Column(name = "subordinate_plan_deadline")
    public LocalDate subordinatePlanDeadline;

    @Enumerated(EnumType.STRING)
    public PlanStatus status;

    @Column(name = "issued_at")
    public OffsetDateTime issuedAt;

    /** The later plans that amended this one, oldest first; it stays in force. */
    @Column(name = "amended_by")
    @JdbcTypeCode(SqlTypes.JSON)
    public List<DocumentLink> amendedBy = new ArrayList<>();

    /** The later plan that replaced this one. */
    @Column(name = "replaced_by")
    @JdbcTypeCode(SqlTypes.JSON)
    public DocumentLink replacedBy;

    @Override
    public boolean isDraft() {
        return status == PlanStatus.DRAFT;
    }

    @Override
    public String issuerCode() {
        return issuingOrganization.code;
    }

    @Override
    public String issuerPath() {
        return issuingOrganization.path;
    }

    public void issue(OffsetDateTime now) {
        requireStatus("issue", Set.of(PlanStatus.DRAFT));
        status = PlanStatus.ISSUED;
        issuedAt = now;
    }

    public void markAmended(String reason) {
        changeInForce("amend", PlanStatus.AMENDED, reason);
    }

    public void revoke(String reason) {
        changeInForce("revoke", PlanStatus.REVOKED, reason);
    }

    public void complete(String note) {
        changeInForce("complete", PlanStatus.COMPLETED, note);
    }

    /** A later plan amends this one (sửa đổi, bổ sung): it stays in force, amended, and records which. */
    public void amendedBy(Plan later) {
        changeInForce("amend", PlanStatus.AMENDED, "Sửa đổi, bổ sung bởi " + later.label());
        amendedBy.add(new DocumentLink(ReferenceKind.AMENDS, later.symbol, later.issueDate, later.id));
    }

    /** A later plan replaces this one (thay thế): it is no longer in force. */
    public void replacedBy(Plan later) {
        changeInForce("replace", PlanStatus.REPLACED, "Được thay thế bởi " + later.label());
        replacedBy = new DocumentLink(ReferenceKind.REPLACES, later.symbol, later.issueDate, later.id);
    }

    /** Amending, revoking and completing are open to a plan in force, and each says why. */
    private void changeInForce(String action, PlanStatus next, String reason) {
        requireStatus(action, Set.of(PlanStatus.ISSUED, PlanStatus.AMENDED));
        status = next;
        statusReason = reason;
    }

    public void requireStatus(String action, Set<PlanStatus> allowed) {
        DomainException.requireStatus(action, "a plan", status, allowed);
    }

    /** The symbol of a plan (KH) or an action programme (CTr); any other document type is refused. */
    public static DocumentSymbol symbolOf(String field, String text) {
        DocumentSymbol symbol = DocumentSymbol.parseField(field, text);
        if (!symbol.type().isPlan()) {
            throw DomainException.invalid(field, symbol + " is a " + symbol.type().englishName()
                    + ", not a plan (KH) or action programme (CTr)", "plan.symbol-not-a-plan", symbol,
                    symbol.type().englishName(), symbol.type().vietnameseName());
        }
        return symbol;
    }
}
