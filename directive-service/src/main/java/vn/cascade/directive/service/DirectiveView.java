package vn.cascade.directive.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.cascade.common.documents.DocumentType;
import vn.cascade.common.documents.ReferenceKind;
import vn.cascade.common.documents.Target;
import vn.cascade.directive.domain.Directive;
import vn.cascade.directive.domain.DirectiveStatus;
import vn.cascade.directive.domain.SupersedingDirective;

/** A directive as the services answer it: read while its transaction is open, nothing left to load later. */
public record DirectiveView(UUID id, String symbol, DocumentType type, String issuingOrganizationCode,
        String issuingOrganizationName, LocalDate issueDate, String term, String title, String summary, String body,
        List<Target> targets, List<Reference> references, DirectiveStatus status, String statusReason, long version,
        OffsetDateTime publishedAt, OffsetDateTime updatedAt, String updatedBy, List<SupersedingDirective> amendedBy,
        SupersedingDirective replacedBy, DirectiveConsequences.Consequences consequences) {

    /** The view answering a lifecycle change, with what the change did to other documents. */
    DirectiveView with(DirectiveConsequences.Consequences done) {
        return new DirectiveView(id, symbol, type, issuingOrganizationCode, issuingOrganizationName, issueDate, term,
                title, summary, body, targets, references, status, statusReason, version, publishedAt, updatedAt,
                updatedBy, amendedBy, replacedBy, done);
    }

    /** A document the directive names; {@code directiveId} once it is registered here. */
    public record Reference(ReferenceKind kind, String symbol, LocalDate issueDate, UUID directiveId) {
    }

    static DirectiveView of(Directive directive) {
        return new DirectiveView(directive.id, directive.symbol, directive.type, directive.issuingOrganization.code,
                directive.issuingOrganization.name, directive.issueDate, directive.term, directive.title,
                directive.summary, directive.body, List.copyOf(directive.targets),
                directive.references.stream().map(reference -> new Reference(reference.kind, reference.targetSymbol,
                        reference.targetIssueDate, reference.targetDirectiveId)).toList(),
                directive.status, directive.statusReason, directive.version, directive.publishedAt,
                directive.updatedAt, directive.updatedBy, List.copyOf(directive.amendedBy), directive.replacedBy, null);
    }
}
