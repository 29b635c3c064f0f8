package vn.cascade.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.cascade.common.documents.DocumentSymbol;
import vn.cascade.common.documents.DocumentType;
import vn.cascade.common.documents.InvalidDocumentSymbolException;
import vn.cascade.common.documents.ReferenceKind;
import vn.cascade.common.documents.Target;
import vn.cascade.common.domain.DomainException;
import vn.cascade.common.domain.Violation;
import vn.cascade.common.security.Caller;
import vn.cascade.common.text.VietnameseText;
import vn.cascade.indicators.IndicatorCopyRepository;
import vn.cascade.organizations.Organization;
import vn.cascade.organizations.OrganizationRepository;
import vn.cascade.plan.domain.DocumentLink;
import vn.cascade.plan.domain.Plan;
import vn.cascade.plan.domain.PlanTask;
import vn.cascade.plan.domain.Recipient;
import vn.cascade.plan.domain.ReportingRequirement;
import vn.cascade.plan.domain.Signer;
import vn.cascade.plan.domain.TargetIndicators;
import vn.cascade.plan.domain.TaskNumbering;
import vn.cascade.plan.domain.Timeframe;
import vn.cascade.plan.domain.TimeframeKind;
import vn.cascade.plan.domain.Unit;
import vn.cascade.plan.repository.PlanRepository;
import vn.cascade.plan.service.command.PlanDraft;

/**
 * Checks a plan's content and writes it onto the plan, text as NFC. Every invalid value is reported at once, one
 * violation each; a task whose number stays keeps its id and progress.
 */
@ApplicationScoped
public class PlanWriter {

    private final PlanRepository plans;
    private final OrganizationRepository organizations;
    private final IndicatorCopyRepository indicators;
    private final Caller caller;
    private final Clock clock;

    PlanWriter(PlanRepository plans, OrganizationRepository organizations, IndicatorCopyRepository indicators,
            Caller caller, Clock clock) {
        this.plans = plans;
        this.organizations = organizations;
        this.indicators = indicators;
        this.caller = caller;
        this.clock = clock;
    }

    public void write(Plan plan, PlanDraft draft) {
        List<Violation> violations = new ArrayList<>();
        identify(plan, draft);
        plan.issuePlace = VietnameseText.nfc(draft.issuePlace());
        plan.title = VietnameseText.nfc(draft.title());
        plan.purposes = VietnameseText.nfc(draft.purposes());
        plan.requirements = VietnameseText.nfc(draft.requirements());
        plan.implementation = VietnameseText.nfc(draft.implementation());
        writeReferences(plan, draft, violations);
        TargetIndicators.Bound targets = new TargetIndicators(indicators.listAll())
                .bind(draft.targets().stream().map(Target::nfc).toList(), LocalDate.now(clock));
        plan.targets = new ArrayList<>(targets.targets());
        writeTasks(plan, draft.tasks(), violations);
        plan.reportingRequirements = reportingRequirements(draft.reportingRequirements(), violations);
        plan.recipients = new ArrayList<>(draft.recipients().stream()
                .map(recipient -> new Recipient(VietnameseText.nfc(recipient.name()), recipient.organizationCode(),
                        recipient.purpose())).toList());
        plan.signer = draft.signer() == null ? null : new Signer(VietnameseText.nfc(draft.signer().onBehalfOf()),
                VietnameseText.nfc(draft.signer().position()), VietnameseText.nfc(draft.signer().name()));
        writeSubordinatePlans(plan, draft.subordinatePlans(), violations);
        if (!violations.isEmpty()) {
            throw DomainException.invalid(violations);
        }
        if (!targets.refused().isEmpty()) {
            String codes = String.join(", ", targets.codes());
            throw DomainException.ruleBroken("The indicator catalogue does not take the targets' " + codes,
                    targets.refused()).localized("plan.target-indicators-refused", codes);
        }
        plan.searchText = PlanSearchText.of(plan);
        touch(plan);
    }

    public void touch(Plan plan) {
        plan.touched(OffsetDateTime.now(clock), caller.name());
    }

    /** The symbol and issue date, which no other plan may share. */
    private void identify(Plan plan, PlanDraft draft) {
        Optional<DocumentSymbol> symbol = symbolOf(draft);
        if (symbol.isPresent()) {
            plan.identify(symbol.get());
        } else {
            plan.symbol = null;
            plan.symbolKey = null;
            plan.type = plan.type == null ? DocumentType.KH : plan.type;
        }
        plan.issueDate = draft.issueDate();
        if (symbol.isPresent() && draft.issueDate() != null) {
            plans.findBySymbol(plan.symbolKey, draft.issueDate()).filter(other -> !other.id.equals(plan.id))
                    .ifPresent(other -> {
                        throw DomainException.conflict("Plan " + plan.symbol + " of " + draft.issueDate() + " already exists")
                                .localized("plan.exists", plan.symbol, draft.issueDate());
                    });
        }
    }

    /** The symbol a draft gives, if any: a plan's or an action programme's. */
    static Optional<DocumentSymbol> symbolOf(PlanDraft draft) {
        return draft.symbol() == null || draft.symbol().isBlank()
                ? Optional.empty() : Optional.of(Plan.symbolOf("symbol", draft.symbol()));
    }

    /** The implemented directive and the upper documents, as named: they are linked when the plan is issued. */
    private static void writeReferences(Plan plan, PlanDraft draft, List<Violation> violations) {
        PlanDraft.DocumentReference implemented = draft.implementsDirective();
        plan.implementsSymbol = implemented == null ? null
                : documentSymbol("implementsDirective.symbol", implemented.symbol(), violations)
                        .map(DocumentSymbol::toString).orElse(null);
        plan.implementsIssueDate = implemented == null ? null : implemented.issueDate();
        plan.implementsDirectiveId = null;
        List<DocumentLink> basedOn = new ArrayList<>();
        List<PlanDraft.DocumentReference> references = draft.basedOn();
        for (int i = 0; i < references.size(); i++) {
            PlanDraft.DocumentReference reference = references.get(i);
            documentSymbol("basedOn[" + i + "].symbol", reference.symbol(), violations).ifPresent(parsed -> basedOn.add(
                    new DocumentLink(reference.kind() == null ? ReferenceKind.BASED_ON : reference.kind(),
                            parsed.toString(), reference.issueDate(), null)));
        }
        plan.basedOn = basedOn;
    }

    /** Rewrites the task list; a task whose number stays keeps its id and progress. */
    private void writeTasks(Plan plan, List<PlanDraft.Task> given, List<Violation> violations) {
        Map<String, PlanTask> kept = new HashMap<>();
        for (PlanTask task : plan.tasks) {
            if (task.number != null) {
                kept.put(task.number, task);
            }
        }
        List<PlanTask> tasks = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            PlanDraft.Task draft = given.get(i);
            String at = "tasks[" + i + "]";
            Timeframe timeframe = timeframe(at + ".timeframe", draft.timeframe(), violations);
            for (int j = 0; j < draft.leadUnits().size(); j++) {
                unit(at + ".leadUnits[" + j + "]", draft.leadUnits().get(j), violations);
            }
            for (int j = 0; j < draft.cooperatingUnits().size(); j++) {
                unit(at + ".cooperatingUnits[" + j + "]", draft.cooperatingUnits().get(j), violations);
            }
            PlanTask task = draft.number() != null && kept.containsKey(draft.number())
                    ? kept.remove(draft.number()) : new PlanTask();
            if (task.id == null) {
                task.id = UUID.randomUUID();
                task.plan = plan;
            }
            task.position = i;
            task.number = draft.number();
            task.text = VietnameseText.nfc(draft.text());
            task.leadUnits = new ArrayList<>(draft.leadUnits().stream().map(PlanWriter::nfc).toList());
            task.cooperatingUnits = new ArrayList<>(draft.cooperatingUnits().stream().map(PlanWriter::nfc).toList());
            task.timeframe = timeframe;
            // A linked guidance stays while the task still waits for it; its due date is the guidance's.
            if (timeframe == null || timeframe.kind() != TimeframeKind.AWAITING_GUIDANCE) {
                task.guidance = null;
            }
            task.dueDate = task.guidance != null ? task.guidance.dueDate()
                    : timeframe == null ? null : timeframe.dueDate().orElse(null);
            tasks.add(task);
        }
        nest(tasks);
        plan.tasks.clear();
        plan.tasks.addAll(tasks);
    }

    /** Each task under the one its number places it (see {@link TaskNumbering}). */
    private static void nest(List<PlanTask> tasks) {
        int[] parents = TaskNumbering.parents(tasks.stream().map(task -> task.number).toList());
        for (int i = 0; i < tasks.size(); i++) {
            PlanTask parent = parents[i] < 0 ? null : tasks.get(parents[i]);
            tasks.get(i).parentId = parent == null ? null : parent.id;
            tasks.get(i).parentNumber = parent == null ? null : parent.number;
        }
    }

    private List<ReportingRequirement> reportingRequirements(List<PlanDraft.Reporting> reporting,
            List<Violation> violations) {
        List<ReportingRequirement> requirements = new ArrayList<>();
        for (int i = 0; i < reporting.size(); i++) {
            PlanDraft.Reporting given = reporting.get(i);
            String at = "reportingRequirements[" + i + "]";
            List<String> reporters = given.reporterCodes();
            for (int j = 0; j < reporters.size(); j++) {
                requireOrganization(at + ".reporterCodes[" + j + "]", reporters.get(j), violations);
            }
            requireOrganization(at + ".recipientCode", given.recipientCode(), violations);
            if (given.viaCode() != null) {
                requireOrganization(at + ".viaCode", given.viaCode(), violations);
            }
            requirements.add(new ReportingRequirement(UUID.randomUUID(), List.copyOf(reporters), given.recipientCode(),
                    given.viaCode(), given.frequencies(), given.years().stream().sorted().distinct().toList(),
                    given.dueDaysAfterPeriodEnd(), given.reminderDaysBeforeDue() == null ? 7 : given.reminderDaysBeforeDue()));
        }
        return requirements;
    }

    private void writeSubordinatePlans(Plan plan, PlanDraft.SubordinatePlans subordinatePlans,
            List<Violation> violations) {
        List<String> addressees = subordinatePlans == null ? List.of() : subordinatePlans.addressees();
        for (int i = 0; i < addressees.size(); i++) {
            requireOrganization("subordinatePlans.addressees[" + i + "]", addressees.get(i), violations);
        }
        plan.subordinatePlanAddressees = new ArrayList<>(addressees);
        plan.subordinatePlanDeadline = subordinatePlans == null ? null : subordinatePlans.deadline();
        if (plan.subordinatePlanDeadline != null && plan.issueDate != null
                && plan.subordinatePlanDeadline.isBefore(plan.issueDate)) {
            violations.add(new Violation("subordinatePlans.deadline", "must not be before the plan's issue date"));
        }
    }

    private static Unit nfc(Unit unit) {
        return new Unit(unit.organizationCode(), VietnameseText.nfc(unit.name()));
    }

    private void unit(String at, Unit unit, List<Violation> violations) {
        if (unit.organizationCode() == null && (unit.name() == null || unit.name().isBlank())) {
            violations.add(new Violation(at, "give the organisation code or the unit's name"));
        } else if (unit.organizationCode() != null) {
            requireOrganization(at + ".organizationCode", unit.organizationCode(), violations);
        }
    }

    private static Timeframe timeframe(String at, Timeframe given, List<Violation> violations) {
        Timeframe timeframe = given.kind() == null
                ? Timeframe.read(given.text()).orElse(null)
                : new Timeframe(given.kind(), given.month(), given.year(), awaited(at, given.awaitedDocument(), violations),
                        VietnameseText.nfc(given.text()));
        if (timeframe == null) {
            violations.add(new Violation(at, "no timeframe could be read from '" + given.text() + "'; give its kind"));
            return null;
        }
        Optional<String> problem = timeframe.problem();
        problem.ifPresent(message -> violations.add(new Violation(at, message)));
        return problem.isPresent() ? null : timeframe;
    }

    /** The awaited document's symbol in its usual spelling, so that it matches the document once issued. */
    private static String awaited(String at, String symbol, List<Violation> violations) {
        if (symbol == null || symbol.isBlank()) {
            return null;
        }
        return documentSymbol(at + ".awaitedDocument", symbol, violations).map(DocumentSymbol::toString).orElse(null);
    }

    private void requireOrganization(String at, String code, List<Violation> violations) {
        Optional<Organization> organization = organizations.findByCode(code);
        if (organization.isEmpty()) {
            violations.add(new Violation(at, "no organisation has code " + code));
        } else if (!organization.get().active) {
            violations.add(new Violation(at, "organisation " + code + " is no longer active"));
        }
    }

    private static Optional<DocumentSymbol> documentSymbol(String field, String text, List<Violation> violations) {
        try {
            return Optional.of(DocumentSymbol.parse(text));
        } catch (InvalidDocumentSymbolException e) {
            violations.add(new Violation(field, e.getMessage()));
            return Optional.empty();
        }
    }
}
