package vn.cascade.directive.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.UUID;
import vn.cascade.common.documents.ReferenceKind;

/** A document a plan names: a directive or another plan, resolved to its id when it is known here. */
@Embeddable
public class PlanReference {

    @Enumerated(EnumType.STRING)
    public ReferenceKind kind;

    /** Null only for an upper plan known by id alone. */
    @Column(name = "target_symbol")
    public String targetSymbol;

    @Column(name = "target_symbol_key")
    public String targetSymbolKey;

    @Column(name = "target_issue_date")
    public LocalDate targetIssueDate;

    /** A directive's or a plan's id; null while no registered document matches. */
    @Column(name = "target_document_id")
    public UUID targetDocumentId;

    protected PlanReference() {
    }

    public PlanReference(ReferenceKind kind, String targetSymbol, String targetSymbolKey, LocalDate targetIssueDate,
            UUID targetDocumentId) {
        this.kind = kind;
        this.targetSymbol = targetSymbol;
        this.targetSymbolKey = targetSymbolKey;
        this.targetIssueDate = targetIssueDate;
        this.targetDocumentId = targetDocumentId;
    }
}
