package vn.cascade.directive.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import vn.cascade.common.documents.DocumentSymbol;
import vn.cascade.common.documents.Target;
import vn.cascade.common.domain.DomainException;
import vn.cascade.common.security.Caller;
import vn.cascade.common.text.VietnameseText;
import vn.cascade.directive.domain.Directive;
import vn.cascade.directive.domain.DirectiveReference;
import vn.cascade.directive.domain.DirectiveStatus;
import vn.cascade.directive.domain.Organization;
import vn.cascade.directive.events.outgoing.DirectiveEvents;
import vn.cascade.directive.repository.DirectiveRepository;
import vn.cascade.directive.repository.OrganizationRepository;
import vn.cascade.directive.repository.PlanDocumentRepository;

/**
 * Drafting, publishing, amending and revoking directives. Issuers act for their own organisation; drafts are
 * visible only to the issuing organisation and those above it; published directives to every reader.
 */
@ApplicationScoped
@Transactional
public class DirectiveLifecycle {

    private final DirectiveRepository directives;
    private final PlanDocumentRepository planDocuments;
    private final OrganizationRepository organizations;
    private final DirectiveAccess access;
    private final DirectiveEvents events;
    private final DirectiveConsequences consequences;
    private final Caller caller;
    private final Clock clock;

    DirectiveLifecycle(DirectiveRepository directives, PlanDocumentRepository planDocuments,
            OrganizationRepository organizations, DirectiveAccess access, DirectiveEvents events,
            DirectiveConsequences consequences, Caller caller, Clock clock) {
        this.directives = directives;
        this.planDocuments = planDocuments;
        this.organizations = organizations;
        this.access = access;
        this.events = events;
        this.consequences = consequences;
        this.caller = caller;
        this.clock = clock;
    }

    public DirectiveView draft(DirectiveContent content) {
        DocumentSymbol symbol = Directive.symbolOf(content.symbol());
        Organization issuer = organizations.findByCode(content.issuingOrganizationCode())
                .orElseThrow(() -> DomainException.invalid("issuingOrganizationCode",
                        "no organisation has code " + content.issuingOrganizationCode(), "organization.no-such-code",
                        content.issuingOrganizationCode()));
        // The caller first: a user of a ceased organisation is told who carries it on (403), not that it ceased (400).
        access.requireActingFor(issuer.code);
        if (!issuer.active) {
            throw DomainException.invalid("issuingOrganizationCode", "organisation " + issuer.code + " is no longer active",
                    "organization.inactive", issuer.code);
        }
        requireUnique(symbol, content.issueDate(), null);

        Directive directive = new Directive();
        directive.id = UUID.randomUUID();
        directive.issuingOrganization = issuer;
        directive.status = DirectiveStatus.DRAFT;
        directive.created(OffsetDateTime.now(clock), caller.name());
        write(directive, symbol, content);
        directives.persist(directive);
        directives.flush();
        resolveReferencesTo(directive);
        return DirectiveView.of(directive);
    }

    public DirectiveView update(UUID id, DirectiveContent content) {
        Directive directive = changeable(id, content.version());
        directive.requireStatus("update", Set.of(DirectiveStatus.DRAFT));
        requireSameIssuer(directive, content);
        DocumentSymbol symbol = Directive.symbolOf(content.symbol());
        requireUnique(symbol, content.issueDate(), directive.id);
        write(directive, symbol, content);
        directives.flush();
        resolveReferencesTo(directive);
        return DirectiveView.of(directive);
    }

    public DirectiveView publish(UUID id, long version) {
        Directive directive = changeable(id, version);
        directive.publish(OffsetDateTime.now(clock));
        touch(directive);
        directives.flush();
        events.published(directive);
        // The directives it names as amended or replaced change now (plan-service tells the plans resting on them).
        return DirectiveView.of(directive).with(
                new DirectiveConsequences.Consequences(consequences.supersede(directive), List.of()));
    }

    /** Replaces the content of a directive in force; its symbol, issuer and date stay. */
    public DirectiveView amend(UUID id, DirectiveContent content, String reason) {
        Directive directive = changeable(id, content.version());
        requireSameIssuer(directive, content);
        DocumentSymbol symbol = Directive.symbolOf(content.symbol());
        if (!symbol.toString().equals(directive.symbol) || !content.issueDate().equals(directive.issueDate)) {
            throw DomainException.invalid("symbol", "an amendment keeps the symbol and issue date; "
                    + "a new document is drafted instead", "directive.amendment-keeps-symbol");
        }
        directive.markAmended(reason);
        write(directive, symbol, content);
        directives.flush();
        events.amended(directive);
        return DirectiveView.of(directive).with(new DirectiveConsequences.Consequences(
                consequences.supersede(directive), consequences.dependents(directive)));
    }

    public DirectiveView revoke(UUID id, long version, String reason) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reason", "say why the directive is revoked", "directive.revocation-reason");
        }
        Directive directive = changeable(id, version);
        directive.revoke(VietnameseText.nfc(reason));
        touch(directive);
        directives.flush();
        events.revoked(directive);
        return DirectiveView.of(directive).with(
                new DirectiveConsequences.Consequences(List.of(), consequences.dependents(directive)));
    }

    /** References that named this directive before it was registered, from directives and from plans, now point at it. */
    private void resolveReferencesTo(Directive directive) {
        directives.resolveReferencesTo(directive);
        planDocuments.resolveReferencesTo(directive.id, directive.symbolKey, directive.issueDate);
    }

    private Directive changeable(UUID id, Long version) {
        return access.changeable(directives.findByIdOptional(id), id, version);
    }

    private void write(Directive directive, DocumentSymbol symbol, DirectiveContent content) {
        directive.identify(symbol);
        directive.issueDate = content.issueDate();
        directive.term = VietnameseText.nfc(content.term());
        directive.title = VietnameseText.nfc(content.title());
        directive.summary = VietnameseText.nfc(content.summary());
        directive.body = VietnameseText.nfc(content.body());
        directive.targets = new ArrayList<>(content.targets().stream().map(Target::nfc).toList());
        directive.references.clear();
        List<DirectiveContent.Reference> references = content.references();
        for (int i = 0; i < references.size(); i++) {
            DirectiveContent.Reference given = references.get(i);
            DocumentSymbol target = DocumentSymbol.tryParse(given.symbol()).orElseThrow(invalidReference(i, given));
            DirectiveReference reference = DirectiveReference.to(given.kind(), target, given.issueDate());
            reference.targetDirectiveId = resolve(target, given.issueDate());
            directive.references.add(reference);
        }
        directive.indexText();
        touch(directive);
    }

    private static Supplier<DomainException> invalidReference(int index,
            DirectiveContent.Reference given) {
        return () -> DomainException.invalid("references[" + index + "].symbol", "not a document symbol: "
                + given.symbol(), "directive.not-a-symbol", given.symbol());
    }

    private UUID resolve(DocumentSymbol symbol, LocalDate issueDate) {
        if (issueDate != null) {
            return directives.findBySymbol(symbol.searchKey(), issueDate).map(found -> found.id).orElse(null);
        }
        List<Directive> candidates = directives.findBySymbol(symbol.searchKey());
        return candidates.size() == 1 ? candidates.getFirst().id : null;
    }

    private void touch(Directive directive) {
        directive.touched(OffsetDateTime.now(clock), caller.name());
    }

    private void requireUnique(DocumentSymbol symbol, LocalDate issueDate, UUID self) {
        directives.findBySymbol(symbol.searchKey(), issueDate)
                .filter(existing -> !existing.id.equals(self))
                .ifPresent(existing -> {
                    throw DomainException.conflict("Directive " + symbol + " of " + issueDate + " already exists")
                            .localized("directive.exists", symbol, issueDate);
                });
    }

    private static void requireSameIssuer(Directive directive, DirectiveContent content) {
        if (!directive.issuingOrganization.code.equals(content.issuingOrganizationCode())) {
            throw DomainException.invalid("issuingOrganizationCode", "the issuing organisation cannot change",
                    "directive.issuer-fixed");
        }
    }
}
