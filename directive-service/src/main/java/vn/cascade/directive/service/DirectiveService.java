package vn.cascade.directive.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.cascade.common.documents.DocumentSymbol;
import vn.cascade.common.documents.InvalidDocumentSymbolException;
import vn.cascade.common.documents.Target;
import vn.cascade.common.problem.ProblemException;
import vn.cascade.common.problem.ProblemType;
import vn.cascade.common.rest.PageRequest;
import vn.cascade.common.security.Caller;
import vn.cascade.common.security.OrganizationScope;
import vn.cascade.common.text.VietnameseText;
import vn.cascade.directive.domain.Directive;
import vn.cascade.directive.domain.DirectiveReference;
import vn.cascade.directive.domain.DirectiveStatus;
import vn.cascade.directive.domain.ImplementingPlan;
import vn.cascade.directive.domain.Organization;
import vn.cascade.directive.events.outgoing.DirectiveEvents;
import vn.cascade.directive.repository.DirectiveRepository;
import vn.cascade.directive.repository.ImplementingPlanRepository;
import vn.cascade.directive.repository.OrganizationRepository;
import vn.cascade.directive.repository.PlanDocumentRepository;
import vn.cascade.directive.rest.dto.DirectiveRequest;
import vn.cascade.directive.rest.dto.ImplementationResponse;

/**
 * Drafting, publishing, amending and revoking directives. Issuers act for their own organisation; drafts are
 * visible only to the issuing organisation and those above it; published directives to every reader.
 */
@ApplicationScoped
@Transactional
public class DirectiveService {

    private final DirectiveRepository directives;
    private final ImplementingPlanRepository implementingPlans;
    private final PlanDocumentRepository planDocuments;
    private final OrganizationRepository organizations;
    private final OrganizationScope scope;
    private final DirectiveEvents events;
    private final Caller caller;
    private final Clock clock;

    DirectiveService(DirectiveRepository directives, ImplementingPlanRepository implementingPlans,
            PlanDocumentRepository planDocuments, OrganizationRepository organizations, OrganizationScope scope, DirectiveEvents events, Caller caller,
            Clock clock) {
        this.directives = directives;
        this.implementingPlans = implementingPlans;
        this.planDocuments = planDocuments;
        this.organizations = organizations;
        this.scope = scope;
        this.events = events;
        this.caller = caller;
        this.clock = clock;
    }

    public Directive draft(DirectiveRequest request) {
        DocumentSymbol symbol = directiveSymbol(request.symbol());
        Organization issuer = organizations.findByCode(request.issuingOrganizationCode())
                .orElseThrow(() -> ProblemException.invalid("issuingOrganizationCode",
                        "no organisation has code " + request.issuingOrganizationCode()));
        if (!issuer.active) {
            throw ProblemException.invalid("issuingOrganizationCode", "organisation " + issuer.code + " is no longer active");
        }
        scope.requireActingFor(issuer.code);
        requireUnique(symbol, request.issueDate(), null);

        Directive directive = new Directive();
        directive.id = UUID.randomUUID();
        directive.issuingOrganization = issuer;
        directive.status = DirectiveStatus.DRAFT;
        directive.createdAt = OffsetDateTime.now(clock);
        directive.createdBy = caller.name();
        write(directive, symbol, request);
        directives.persist(directive);
        directives.flush();
        resolveReferencesTo(directive);
        return directive;
    }

    public Directive update(UUID id, DirectiveRequest request) {
        Directive directive = changeable(id, request.version());
        directive.requireStatus("update", Set.of(DirectiveStatus.DRAFT));
        requireSameIssuer(directive, request);
        DocumentSymbol symbol = directiveSymbol(request.symbol());
        requireUnique(symbol, request.issueDate(), directive.id);
        write(directive, symbol, request);
        directives.flush();
        resolveReferencesTo(directive);
        return directive;
    }

    public Directive publish(UUID id, long version) {
        Directive directive = changeable(id, version);
        directive.publish(OffsetDateTime.now(clock));
        touch(directive);
        directives.flush();
        events.published(directive);
        return directive;
    }

    /** Replaces the content of a directive in force; its symbol, issuer and date stay. */
    public Directive amend(UUID id, DirectiveRequest request, String reason) {
        Directive directive = changeable(id, request.version());
        requireSameIssuer(directive, request);
        DocumentSymbol symbol = directiveSymbol(request.symbol());
        if (!symbol.toString().equals(directive.symbol) || !request.issueDate().equals(directive.issueDate)) {
            throw ProblemException.invalid("symbol", "an amendment keeps the symbol and issue date; "
                    + "a new document is drafted instead");
        }
        directive.markAmended(reason);
        write(directive, symbol, request);
        directives.flush();
        events.amended(directive);
        return directive;
    }

    public Directive revoke(UUID id, long version, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", "say why the directive is revoked");
        }
        Directive directive = changeable(id, version);
        directive.revoke(VietnameseText.nfc(reason));
        touch(directive);
        directives.flush();
        events.revoked(directive);
        return directive;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Directive get(UUID id) {
        return readable(directives.findByIdOptional(id).orElse(null), id.toString());
    }

    /** By symbol, with the year when the number was reused across years or terms. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Directive getBySymbol(String text, Integer year) {
        DocumentSymbol symbol = directiveSymbol(text);
        List<Directive> found = directives.findBySymbol(symbol.searchKey()).stream()
                .filter(directive -> year == null || directive.issueDate.getYear() == year)
                .filter(this::isReadable)
                .toList();
        if (found.isEmpty()) {
            throw ProblemException.notFound("No directive " + symbol + (year == null ? "" : " of " + year));
        }
        if (found.size() > 1) {
            throw new ProblemException(ProblemType.CONFLICT, "Several directives are numbered " + symbol
                    + "; give the year (issued " + found.stream().map(d -> d.issueDate.toString()).toList() + ")");
        }
        return found.getFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DirectiveRepository.Found search(String text, String type, DirectiveStatus status, String issuerCode,
            LocalDate from, LocalDate to, PageRequest page) {
        String issuerPath = issuerCode == null ? null : organizations.findByCode(issuerCode)
                .orElseThrow(() -> ProblemException.invalid("issuer", "no organisation has code " + issuerCode)).path;
        String draftsPath = scope.readablePathPrefix();
        String words = text == null || text.isBlank() ? null : searchWords(text);
        return directives.search(new DirectiveRepository.Criteria(words, type, status == null ? null : status.name(),
                issuerPath, from, to, draftsPath), page);
    }

    /** Who answered the directive with a plan; with an organisation, which of its direct subordinates have not. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ImplementationResponse implementation(UUID id, String organizationCode) {
        Directive directive = get(id);
        List<ImplementingPlan> answers = implementingPlans.answering(directive.id);
        Map<String, Organization> byCode = organizations.findByCodes(answers.stream().map(plan -> plan.organizationCode)
                .collect(Collectors.toSet()));
        List<ImplementationResponse.Answer> answered = answers.stream().map(plan -> {
            Organization organization = byCode.get(plan.organizationCode);
            return new ImplementationResponse.Answer(plan.organizationCode, organization == null ? null : organization.name,
                    organization == null ? null : organization.level, plan.planId, plan.symbol, plan.issueDate,
                    ChronoUnit.DAYS.between(directive.issueDate, plan.issueDate));
        }).toList();
        if (organizationCode == null) {
            return new ImplementationResponse(directive.id, directive.symbol, directive.issueDate, answered, null, List.of());
        }
        Organization organization = organizations.findByCode(organizationCode)
                .filter(found -> scope.canReadInside(found.path))
                .orElseThrow(() -> ProblemException.notFound("No organisation " + organizationCode + " in your subtree"));
        Set<String> answeredCodes = answers.stream().map(plan -> plan.organizationCode).collect(Collectors.toSet());
        List<ImplementationResponse.Pending> notYet = organizations.children(organization).stream()
                .filter(child -> child.active && !answeredCodes.contains(child.code))
                .map(child -> new ImplementationResponse.Pending(child.code, child.name, child.level))
                .toList();
        return new ImplementationResponse(directive.id, directive.symbol, directive.issueDate, answered,
                organization.code, notYet);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Directive> dependents(UUID id) {
        Directive directive = get(id);
        return directives.dependentsOf(directive.id).stream().filter(this::isReadable).toList();
    }

    /** References that named this directive before it was registered, from directives and from plans, now point at it. */
    private void resolveReferencesTo(Directive directive) {
        directives.resolveReferencesTo(directive);
        planDocuments.resolveReferencesTo(directive.id, directive.symbolKey, directive.issueDate);
    }

    private Directive changeable(UUID id, Long version) {
        Directive directive = readable(directives.findByIdOptional(id).orElse(null), id.toString());
        scope.requireActingFor(directive.issuingOrganization.code);
        ProblemException.requireVersion("Directive " + directive.symbol, directive.version, version);
        return directive;
    }

    /** Hides drafts from those outside the issuing chain: 404, not 403, so their existence does not leak. */
    private Directive readable(Directive directive, String what) {
        if (directive == null || !isReadable(directive)) {
            throw ProblemException.notFound("No directive " + what);
        }
        return directive;
    }

    private boolean isReadable(Directive directive) {
        return directive.status != DirectiveStatus.DRAFT || scope.canReadInside(directive.issuingOrganization.path);
    }

    private void write(Directive directive, DocumentSymbol symbol, DirectiveRequest request) {
        directive.identify(symbol);
        directive.issueDate = request.issueDate();
        directive.term = VietnameseText.nfc(request.term());
        directive.title = VietnameseText.nfc(request.title());
        directive.summary = VietnameseText.nfc(request.summary());
        directive.body = VietnameseText.nfc(request.body());
        directive.targets = new ArrayList<>(request.targetsOrEmpty().stream().map(Target::nfc).toList());
        directive.references.clear();
        List<DirectiveRequest.Reference> references = request.referencesOrEmpty();
        for (int i = 0; i < references.size(); i++) {
            DirectiveRequest.Reference given = references.get(i);
            DocumentSymbol target = DocumentSymbol.tryParse(given.symbol()).orElseThrow(() -> ProblemException
                    .invalid("references[" + references.indexOf(given) + "].symbol", "not a document symbol: "
                            + given.symbol()));
            DirectiveReference reference = DirectiveReference.to(given.kind(), target, given.issueDate());
            reference.targetDirectiveId = resolve(target, given.issueDate());
            directive.references.add(reference);
        }
        directive.indexText();
        touch(directive);
    }

    private UUID resolve(DocumentSymbol symbol, LocalDate issueDate) {
        if (issueDate != null) {
            return directives.findBySymbol(symbol.searchKey(), issueDate).map(found -> found.id).orElse(null);
        }
        List<Directive> candidates = directives.findBySymbol(symbol.searchKey());
        return candidates.size() == 1 ? candidates.getFirst().id : null;
    }

    private void touch(Directive directive) {
        directive.updatedAt = OffsetDateTime.now(clock);
        directive.updatedBy = caller.name();
    }

    private void requireUnique(DocumentSymbol symbol, LocalDate issueDate, UUID self) {
        directives.findBySymbol(symbol.searchKey(), issueDate)
                .filter(existing -> !existing.id.equals(self))
                .ifPresent(existing -> {
                    throw ProblemException.conflict("Directive " + symbol + " of " + issueDate + " already exists");
                });
    }

    private static void requireSameIssuer(Directive directive, DirectiveRequest request) {
        if (!directive.issuingOrganization.code.equals(request.issuingOrganizationCode())) {
            throw ProblemException.invalid("issuingOrganizationCode", "the issuing organisation cannot change");
        }
    }

    private static DocumentSymbol directiveSymbol(String text) {
        DocumentSymbol symbol;
        try {
            symbol = DocumentSymbol.parse(text);
        } catch (InvalidDocumentSymbolException e) {
            throw ProblemException.invalid("symbol", e.getMessage());
        }
        if (!symbol.type().isDirective()) {
            throw ProblemException.invalid("symbol", symbol + " is a " + symbol.type().englishName()
                    + ", not a directive (NQ, KL, CT, QĐ, HD); plans are registered in plan-service");
        }
        return symbol;
    }

    private static String searchWords(String text) {
        return VietnameseText.fold(text).replaceAll("[^\\p{L}\\p{Nd}]+", " ").strip();
    }
}
