package vn.cascade.directive.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.UUID;
import vn.cascade.common.documents.DocumentSymbol;
import vn.cascade.common.documents.ReferenceKind;

/** A document this directive names; resolved to a registered directive when one matches. */
@Embeddable
public class DirectiveReference {

    @Enumerated(EnumType.STRING)
    public ReferenceKind kind;

    @Column(name = "target_symbol")
    public String targetSymbol;

    @Column(name = "target_symbol_key")
    public String targetSymbolKey;

    @Column(name = "target_issue_date")
    public LocalDate targetIssueDate;

    @Column(name = "target_directive_id")
    public UUID targetDirectiveId;

    public static DirectiveReference to(ReferenceKind kind, DocumentSymbol symbol, LocalDate issueDate) {
        DirectiveReference reference = new DirectiveReference();
        reference.kind = kind;
        reference.targetSymbol = symbol.toString();
        reference.targetSymbolKey = symbol.searchKey();
        reference.targetIssueDate = issueDate;
        return reference;
    }
}
