package vn.cascade.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.cascade.common.documents.DocumentSymbol;
import vn.cascade.common.documents.DocumentType;
import vn.cascade.common.documents.InvalidDocumentSymbolException;
import vn.cascade.common.documents.ReferenceKind;
import vn.cascade.common.documents.Target;
import vn.cascade.common.problem.Problem.FieldError;
import vn.cascade.common.problem.ProblemException;
import vn.cascade.common.problem.ProblemType;
import vn.cascade.common.security.Caller;
import vn.cascade.common.security.OrganizationScope;
import vn.cascade.common.text.VietnameseText;
import vn.cascade.plan.domain.Directive;
import vn.cascade.plan.domain.DocumentLink;
import vn.cascade.organizations.Organization;
import vn.cascade.plan.domain.Plan;
import vn.cascade.plan.domain.PlanStatus;
import vn.cascade.plan.domain.PlanTask;
import vn.cascade.plan.domain.ReportingRequirement;
import vn.cascade.plan.domain.Timeframe;
import vn.cascade.plan.domain.Unit;
import vn.cascade.plan.events.PlanEvents;
import vn.cascade.plan.repository.DirectiveRepository;
import vn.cascade.organizations.OrganizationRepository;
import vn.cascade.plan.repository.PlanRepository;
import vn.cascade.plan.rest.PlanRequest;

/**
 * Drafting, issuing, amending, completing and revoking plans. Issuers act for their own organisation; drafts
 * are visible only to the issuing organisation and those above it; issued plans to every reader.
 */
@ApplicationScoped
@Transactional
public class PlanService {

    private final PlanRepository plans;
    private final OrganizationRepository organizations;
    private final DirectiveRepository directives;
    private final OrganizationScope scope;
    private final PlanEvents events;
    private final PlanRevisions revisions;
    private final Caller caller;
    private final Clock clock;

    PlanService(PlanRepository plans, OrganizationRepository organizations, DirectiveRepository directives,
            OrganizationScope scope, PlanEvents events, PlanRevisions revisions, Caller caller, Clock clock) {
        this.plans = plans;
        this.organizations = organizations;
        this.directives = directives;
        this.scope = scope;
        this.events = events;
        this.revisions = revisions;
        this.caller = caller;
        this.clock = clock;
    }

    public Plan draft(PlanRequest request) {
        Organization issuer = organizations.findByCode(request.issuingOrganizationCode())
                .orElseThrow(() -> ProblemException.invalid("issuingOrganizationCode",
                        "no organisation has code " + request.issuingOrganizationCode()));
        scope.requireActingFor(issuer.code);
        Plan plan = new Plan();
        plan.id = UUID.randomUUID();
        plan.issuingOrganization = issuer;
        plan.status = PlanStatus.DRAFT;
        plan.createdAt = OffsetDateTime.now(clock);
        plan.createdBy = caller.name();
        write(plan, request);
        plans.persist(plan);
        return plan;
    }

    public Plan update(UUID id, PlanRequest request) {
        Plan plan = changeable(id, request.version());
        plan.requireStatus("update", java.util.Set.of(PlanStatus.DRAFT));
        requireSameIssuer(plan, request);
        write(plan, request);
        return plan;
    }

    /**
     * Issues a draft: it must have its symbol and date, implement a directive in force and name only registered
     * organisations. Announces vn.cascade.plan.issued.v1.
     */
    public Plan issue(UUID id, long version) {
        Plan plan = changeable(id, version);
        plan.requireStatus("issue", java.util.Set.of(PlanStatus.DRAFT));
        checkIssuable(plan);
        link(plan);
        plan.issue(OffsetDateTime.now(clock));
        touch(plan);
        plans.flush();
        revisions.record(plan, null);
        events.issued(plan);
        return plan;
    }

    /** Replaces the content of an issued plan; tasks keep their progress where their number stays. */
    public Plan amend(UUID id, PlanRequest request, String reason) {
        Plan plan = changeable(id, request.version());
        requireSameIssuer(plan, request);
        if (!java.util.Objects.equals(symbolOf(request).map(DocumentSymbol::toString).orElse(null), plan.symbol)
                || !java.util.Objects.equals(request.issueDate(), plan.issueDate)) {
            throw ProblemException.invalid("symbol", "an amendment keeps the symbol and issue date");
        }
        plan.markAmended(VietnameseText.nfc(reason));
        write(plan, request);
        checkIssuable(plan);
        link(plan);
        plans.flush();
        revisions.record(plan, plan.statusReason);
        events.amended(plan);
        return plan;
    }

    public Plan revoke(UUID id, long version, String reason) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", "say why the plan is revoked");
        }
        Plan plan = changeable(id, version);
        plan.revoke(VietnameseText.nfc(reason));
        touch(plan);
        plans.flush();
        revisions.record(plan, plan.statusReason);
        events.revoked(plan);
        return plan;
    }

    public Plan complete(UUID id, long version, String note) {
        Plan plan = changeable(id, version);
        plan.complete(VietnameseText.nfc(note));
        touch(plan);
        plans.flush();
        revisions.record(plan, plan.statusReason);
        return plan;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Plan get(UUID id) {
        return readable(plans.findByIdOptional(id).orElse(null), id.toString());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Plan getBySymbol(String text, Integer year) {
        DocumentSymbol symbol = planSymbol("symbol", text);
        List<Plan> found = plans.list("symbolKey = ?1 order by issueDate desc", symbol.searchKey()).stream()
                .filter(plan -> year == null || plan.issueDate != null && plan.issueDate.getYear() == year)
                .filter(this::isReadable)
                .toList();
        if (found.isEmpty()) {
            throw ProblemException.notFound("No plan " + symbol + (year == null ? "" : " of " + year));
        }
        if (found.size() > 1) {
            throw new ProblemException(ProblemType.CONFLICT, "Several plans are numbered " + symbol + "; give the year");
        }
        return found.getFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Plan> list(PlanStatus status, int offset, int limit) {
        String prefix = scope.readablePathPrefix();
        return plans.listVisible(prefix, true, status, offset, limit);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(PlanStatus status) {
        return plans.countVisible(scope.readablePathPrefix(), true, status);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanRevisions.Revision> history(UUID id) {
        return revisions.of(get(id).id);
    }

    /** A count target of this plan beside what the plans answering it set for the same indicator. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public vn.cascade.plan.rest.AllocationResponse allocation(UUID id, String indicatorCode) {
        Plan plan = get(id);
        Target own = plan.targets.stream()
                .filter(target -> target.indicatorCode().equals(indicatorCode) && target.unit() == Target.Unit.COUNT)
                .findFirst()
                .orElseThrow(() -> ProblemException.invalid("indicator", "plan " + plan.label()
                        + " sets no count target for " + indicatorCode));
        List<vn.cascade.plan.rest.AllocationResponse.Share> shares = plans.answersTo(plan.id).stream()
                .flatMap(child -> child.targets.stream()
                        .filter(target -> target.indicatorCode().equals(indicatorCode) && target.unit() == Target.Unit.COUNT)
                        .findFirst().stream()
                        .map(target -> new vn.cascade.plan.rest.AllocationResponse.Share(child.id, child.symbol,
                                child.issuingOrganization.code, target.value())))
                .toList();
        java.math.BigDecimal allocated = shares.stream().map(vn.cascade.plan.rest.AllocationResponse.Share::value)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        return new vn.cascade.plan.rest.AllocationResponse(plan.id, plan.symbol, indicatorCode, own.value(), allocated,
                own.value().subtract(allocated), shares);
    }

    /** The targets above this plan's: its parent plan's, else those of the directive it implements. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ParentTargets> parentTargets(Plan plan) {
        if (plan.parentPlan != null) {
            return Optional.of(new ParentTargets(plan.parentPlan.symbol, plan.parentPlan.targets));
        }
        return Optional.ofNullable(plan.implementsDirectiveId).flatMap(directives::findByIdOptional)
                .map(directive -> new ParentTargets(directive.symbol, directive.targets));
    }

    public record ParentTargets(String symbol, List<Target> targets) {
    }

    Plan changeable(UUID id, Long version) {
        Plan plan = readable(plans.findByIdOptional(id).orElse(null), id.toString());
        scope.requireActingFor(plan.issuingOrganization.code);
        ProblemException.requireVersion("Plan " + plan.label(), plan.version, version);
        return plan;
    }

    /** Drafts outside the caller's chain answer 404, not 403, so their existence does not leak. */
    Plan readable(Plan plan, String what) {
        if (plan == null || !isReadable(plan)) {
            throw ProblemException.notFound("No plan " + what);
        }
        return plan;
    }

    boolean isReadable(Plan plan) {
        return plan.status != PlanStatus.DRAFT || scope.canReadInside(plan.issuingOrganization.path);
    }

    private void write(Plan plan, PlanRequest request) {
        List<FieldError> errors = new ArrayList<>();
        Optional<DocumentSymbol> symbol = symbolOf(request);
        plan.type = symbol.map(DocumentSymbol::type).orElse(plan.type == null ? DocumentType.KH : plan.type);
        plan.symbol = symbol.map(DocumentSymbol::toString).orElse(null);
        plan.symbolKey = symbol.map(DocumentSymbol::searchKey).orElse(null);
        plan.issueDate = request.issueDate();
        if (symbol.isPresent() && request.issueDate() != null) {
            plans.findBySymbol(plan.symbolKey, request.issueDate()).filter(other -> !other.id.equals(plan.id))
                    .ifPresent(other -> {
                        throw ProblemException.conflict("Plan " + plan.symbol + " of " + request.issueDate() + " already exists");
                    });
        }
        plan.issuePlace = VietnameseText.nfc(request.issuePlace());
        plan.title = VietnameseText.nfc(request.title());
        plan.purposes = VietnameseText.nfc(request.purposes());
        plan.requirements = VietnameseText.nfc(request.requirements());
        plan.implementation = VietnameseText.nfc(request.implementation());

        PlanRequest.DocumentReference implemented = request.implementsDirective();
        plan.implementsSymbol = implemented == null ? null
                : documentSymbol("implementsDirective.symbol", implemented.symbol(), errors).map(DocumentSymbol::toString).orElse(null);
        plan.implementsIssueDate = implemented == null ? null : implemented.issueDate();
        plan.implementsDirectiveId = null;
        List<DocumentLink> basedOn = new ArrayList<>();
        List<PlanRequest.DocumentReference> references = PlanRequest.orEmpty(request.basedOn());
        for (int i = 0; i < references.size(); i++) {
            PlanRequest.DocumentReference reference = references.get(i);
            int index = i;
            documentSymbol("basedOn[" + i + "].symbol", reference.symbol(), errors).ifPresent(parsed -> basedOn.add(
                    new DocumentLink(reference.kind() == null ? ReferenceKind.BASED_ON : reference.kind(),
                            parsed.toString(), references.get(index).issueDate(), null)));
        }
        plan.basedOn = basedOn;
        plan.targets = new ArrayList<>(PlanRequest.orEmpty(request.targets()).stream().map(Target::nfc).toList());
        writeTasks(plan, PlanRequest.orEmpty(request.tasks()), errors);

        List<ReportingRequirement> requirements = new ArrayList<>();
        List<PlanRequest.Reporting> reporting = PlanRequest.orEmpty(request.reportingRequirements());
        for (int i = 0; i < reporting.size(); i++) {
            PlanRequest.Reporting given = reporting.get(i);
            String at = "reportingRequirements[" + i + "]";
            List<String> reporters = PlanRequest.orEmpty(given.reporterCodes());
            for (int j = 0; j < reporters.size(); j++) {
                requireOrganization(at + ".reporterCodes[" + j + "]", reporters.get(j), errors);
            }
            requireOrganization(at + ".recipientCode", given.recipientCode(), errors);
            if (given.viaCode() != null) {
                requireOrganization(at + ".viaCode", given.viaCode(), errors);
            }
            requirements.add(new ReportingRequirement(UUID.randomUUID(), List.copyOf(reporters), given.recipientCode(),
                    given.viaCode(), given.frequencies(), given.years().stream().sorted().distinct().toList(),
                    given.dueDaysAfterPeriodEnd(), given.reminderDaysBeforeDue() == null ? 7 : given.reminderDaysBeforeDue()));
        }
        plan.reportingRequirements = requirements;
        plan.recipients = new ArrayList<>(PlanRequest.orEmpty(request.recipients()).stream()
                .map(recipient -> new vn.cascade.plan.domain.Recipient(VietnameseText.nfc(recipient.name()),
                        recipient.organizationCode(), recipient.purpose())).toList());
        plan.signer = request.signer() == null ? null : new vn.cascade.plan.domain.Signer(
                VietnameseText.nfc(request.signer().onBehalfOf()), VietnameseText.nfc(request.signer().position()),
                VietnameseText.nfc(request.signer().name()));
        PlanRequest.SubordinatePlans subordinatePlans = request.subordinatePlans();
        List<String> addressees = subordinatePlans == null ? List.of() : PlanRequest.orEmpty(subordinatePlans.addressees());
        for (int i = 0; i < addressees.size(); i++) {
            requireOrganization("subordinatePlans.addressees[" + i + "]", addressees.get(i), errors);
        }
        plan.subordinatePlanAddressees = new ArrayList<>(addressees);
        plan.subordinatePlanDeadline = subordinatePlans == null ? null : subordinatePlans.deadline();
        if (plan.subordinatePlanDeadline != null && plan.issueDate != null
                && plan.subordinatePlanDeadline.isBefore(plan.issueDate)) {
            errors.add(new FieldError("subordinatePlans.deadline", "must not be before the plan's issue date"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, errors.size() + " field(s) are invalid", errors);
        }
        plan.searchText = Stream.of(plan.symbol, plan.title, plan.purposes, plan.requirements)
                .filter(part -> part != null && !part.isBlank())
                .map(part -> VietnameseText.fold(part).replaceAll("[^\\p{L}\\p{Nd}]+", " ").strip())
                .collect(Collectors.joining(" "));
        touch(plan);
    }

    /** Rewrites the task list; a task whose number stays keeps its id and progress. */
    private void writeTasks(Plan plan, List<PlanRequest.Task> given, List<FieldError> errors) {
        Map<String, PlanTask> kept = new HashMap<>();
        for (PlanTask task : plan.tasks) {
            if (task.number != null) {
                kept.put(task.number, task);
            }
        }
        List<PlanTask> tasks = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            PlanRequest.Task request = given.get(i);
            String at = "tasks[" + i + "]";
            Timeframe timeframe = timeframe(at + ".timeframe", request.timeframe(), errors);
            for (int j = 0; j < PlanRequest.orEmpty(request.leadUnits()).size(); j++) {
                unit(at + ".leadUnits[" + j + "]", request.leadUnits().get(j), errors);
            }
            for (int j = 0; j < PlanRequest.orEmpty(request.cooperatingUnits()).size(); j++) {
                unit(at + ".cooperatingUnits[" + j + "]", request.cooperatingUnits().get(j), errors);
            }
            PlanTask task = request.number() != null && kept.containsKey(request.number())
                    ? kept.remove(request.number()) : new PlanTask();
            if (task.id == null) {
                task.id = UUID.randomUUID();
                task.plan = plan;
            }
            task.position = i;
            task.number = request.number();
            task.text = VietnameseText.nfc(request.text());
            task.leadUnits = new ArrayList<>(PlanRequest.orEmpty(request.leadUnits()).stream().map(PlanService::nfc).toList());
            task.cooperatingUnits = new ArrayList<>(PlanRequest.orEmpty(request.cooperatingUnits()).stream().map(PlanService::nfc).toList());
            task.timeframe = timeframe;
            task.dueDate = timeframe == null ? null : timeframe.dueDate().orElse(null);
            tasks.add(task);
        }
        plan.tasks.clear();
        plan.tasks.addAll(tasks);
    }

    private static Unit nfc(Unit unit) {
        return new Unit(unit.organizationCode(), VietnameseText.nfc(unit.name()));
    }

    private void unit(String at, Unit unit, List<FieldError> errors) {
        if (unit.organizationCode() == null && (unit.name() == null || unit.name().isBlank())) {
            errors.add(new FieldError(at, "give the organisation code or the unit's name"));
        } else if (unit.organizationCode() != null) {
            requireOrganization(at + ".organizationCode", unit.organizationCode(), errors);
        }
    }

    private static Timeframe timeframe(String at, Timeframe given, List<FieldError> errors) {
        Timeframe timeframe = given.kind() == null
                ? Timeframe.read(given.text()).orElse(null)
                : new Timeframe(given.kind(), given.month(), given.year(), given.awaitedDocument(), VietnameseText.nfc(given.text()));
        if (timeframe == null) {
            errors.add(new FieldError(at, "no timeframe could be read from '" + given.text() + "'; give its kind"));
            return null;
        }
        Optional<String> problem = timeframe.problem();
        problem.ifPresent(message -> errors.add(new FieldError(at, message)));
        return problem.isPresent() ? null : timeframe;
    }

    private void requireOrganization(String at, String code, List<FieldError> errors) {
        Optional<Organization> organization = organizations.findByCode(code);
        if (organization.isEmpty()) {
            errors.add(new FieldError(at, "no organisation has code " + code));
        } else if (!organization.get().active) {
            errors.add(new FieldError(at, "organisation " + code + " is no longer active"));
        }
    }

    /** What only matters once the plan takes effect. */
    private void checkIssuable(Plan plan) {
        List<FieldError> errors = new ArrayList<>();
        if (plan.symbol == null) {
            errors.add(new FieldError("symbol", "an issued plan has its number and symbol"));
        }
        if (plan.issueDate == null) {
            errors.add(new FieldError("issueDate", "an issued plan has its issue date"));
        }
        if (!plan.issuingOrganization.active) {
            errors.add(new FieldError("issuingOrganizationCode", "organisation " + plan.issuingOrganization.code
                    + " is no longer active"));
        }
        if (plan.implementsSymbol == null) {
            errors.add(new FieldError("implementsDirective", "name the directive the plan implements"));
        } else {
            Optional<Directive> directive = directiveFor(plan.implementsSymbol, plan.implementsIssueDate);
            if (directive.isEmpty()) {
                errors.add(new FieldError("implementsDirective.symbol", "directive " + plan.implementsSymbol
                        + " is not known: it must be published in directive-service first"));
            } else if (!directive.get().inForce()) {
                errors.add(new FieldError("implementsDirective.symbol", "directive " + plan.implementsSymbol + " is "
                        + directive.get().status + ", not in force"));
            } else if (plan.issueDate != null && plan.issueDate.isBefore(directive.get().issueDate)) {
                errors.add(new FieldError("issueDate", "the plan cannot be issued before the directive ("
                        + directive.get().issueDate + ")"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "The plan cannot be issued as it stands", errors);
        }
    }

    /** Resolves the implemented directive and the upper documents, and finds the parent plan among them. */
    private void link(Plan plan) {
        Directive directive = directiveFor(plan.implementsSymbol, plan.implementsIssueDate).orElseThrow();
        plan.implementsDirectiveId = directive.id;
        plan.implementsIssueDate = directive.issueDate;
        List<DocumentLink> linked = new ArrayList<>();
        List<Plan> uppers = new ArrayList<>();
        Plan parent = null;
        for (DocumentLink link : plan.basedOn) {
            String key = DocumentSymbol.parse(link.symbol()).searchKey();
            Optional<Plan> upper = plans.findAnsweredBySymbol(key).stream()
                    .filter(candidate -> link.issueDate() == null || link.issueDate().equals(candidate.issueDate))
                    .findFirst();
            UUID documentId = upper.map(found -> found.id).orElseGet(() -> directives.findBySymbol(key).stream()
                    .filter(candidate -> link.issueDate() == null || link.issueDate().equals(candidate.issueDate))
                    .map(found -> found.id).findFirst().orElse(null));
            linked.add(new DocumentLink(link.kind(), link.symbol(), link.issueDate(), documentId));
            upper.filter(found -> !found.id.equals(plan.id)).ifPresent(uppers::add);
            // The parent is the upper plan issued closest above the issuer.
            if (upper.isPresent() && plan.issuingOrganization.path.startsWith(upper.get().issuingOrganization.path)
                    && !upper.get().id.equals(plan.id)
                    && (parent == null || upper.get().issuingOrganization.path.length() > parent.issuingOrganization.path.length())) {
                parent = upper.get();
            }
        }
        // A Politburo plan is no ancestor of a province's by path: then the latest upper plan named is the parent.
        if (parent == null) {
            parent = uppers.stream().max(Comparator.comparing((Plan upper) -> upper.issueDate)).orElse(null);
        }
        plan.basedOn = linked;
        plan.parentPlan = parent;
    }

    private Optional<Directive> directiveFor(String symbol, LocalDate issueDate) {
        List<Directive> candidates = directives.findBySymbol(DocumentSymbol.parse(symbol).searchKey()).stream()
                .filter(directive -> issueDate == null || issueDate.equals(directive.issueDate))
                .sorted(Comparator.comparing((Directive directive) -> !directive.inForce()))
                .toList();
        return candidates.stream().findFirst();
    }

    private void touch(Plan plan) {
        plan.updatedAt = OffsetDateTime.now(clock);
        plan.updatedBy = caller.name();
    }

    private static void requireSameIssuer(Plan plan, PlanRequest request) {
        if (!plan.issuingOrganization.code.equals(request.issuingOrganizationCode())) {
            throw ProblemException.invalid("issuingOrganizationCode", "the issuing organisation cannot change");
        }
    }

    private static Optional<DocumentSymbol> symbolOf(PlanRequest request) {
        return request.symbol() == null || request.symbol().isBlank()
                ? Optional.empty() : Optional.of(planSymbol("symbol", request.symbol()));
    }

    private static DocumentSymbol planSymbol(String field, String text) {
        DocumentSymbol symbol;
        try {
            symbol = DocumentSymbol.parse(text);
        } catch (InvalidDocumentSymbolException e) {
            throw ProblemException.invalid(field, e.getMessage());
        }
        if (!symbol.type().isPlan()) {
            throw ProblemException.invalid(field, symbol + " is a " + symbol.type().englishName()
                    + ", not a plan (KH) or action programme (CTr)");
        }
        return symbol;
    }

    private static Optional<DocumentSymbol> documentSymbol(String field, String text, List<FieldError> errors) {
        try {
            return Optional.of(DocumentSymbol.parse(text));
        } catch (InvalidDocumentSymbolException e) {
            errors.add(new FieldError(field, e.getMessage()));
            return Optional.empty();
        }
    }

}
