package vn.cascade.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cascade.common.documents.DocumentSymbol;
import vn.cascade.common.documents.DocumentType;
import vn.cascade.common.documents.ReferenceKind;
import vn.cascade.common.events.DirectiveSnapshot;
import vn.cascade.common.events.OrganizationKind;
import vn.cascade.common.events.TaskGuidanceLinked;
import vn.cascade.common.security.OrganizationPaths;
import vn.cascade.organizations.Organization;
import vn.cascade.organizations.OrganizationRepository;
import vn.cascade.plan.domain.Directive;
import vn.cascade.plan.domain.Plan;
import vn.cascade.plan.domain.PlanTask;
import vn.cascade.plan.domain.TaskGuidance;
import vn.cascade.plan.domain.Timeframe;
import vn.cascade.plan.events.outgoing.PlanEvents;
import vn.cascade.plan.repository.TaskRepository;

/**
 * Links the tasks waiting for guidance from above ("sau khi có hướng dẫn của cấp trên") to the directive or plan
 * that gives it, when that document is issued; see docs/plan-model.md for the rule. A task is linked once: a
 * replayed or later version of the guidance finds it linked and changes nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class GuidanceLinks {

    /** An issued document as the rule reads it: what it is, who issued it, what it rests on, what deadline it states. */
    private record Guidance(String kind, UUID id, DocumentSymbol symbol, LocalDate issueDate,
            Optional<Organization> issuer, String issuerCode, Set<String> basisKeys, Optional<LocalDate> deadline) {
    }

    private final TaskRepository tasks;
    private final OrganizationRepository organizations;
    private final PlanEvents events;
    private final Clock clock;
    private final int defaultDays;

    GuidanceLinks(TaskRepository tasks, OrganizationRepository organizations, PlanEvents events, Clock clock,
            @ConfigProperty(name = "cascade.guidance.default-days", defaultValue = "90") int defaultDays) {
        this.tasks = tasks;
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
        this.defaultDays = defaultDays;
    }

    /** A directive in force (published, or a new version of it) may be the guidance some tasks wait for. */
    public void directiveInForce(Directive copy, DirectiveSnapshot snapshot) {
        Set<String> basis = new HashSet<>();
        for (DirectiveSnapshot.Reference reference : snapshot.references() == null
                ? List.<DirectiveSnapshot.Reference>of() : snapshot.references()) {
            key(reference.symbol()).ifPresent(basis::add);
        }
        // The guidance's own deadline, when its summary or title states one ("các cấp ủy hoàn thành trong tháng 6/2023").
        Optional<LocalDate> deadline = Stream.of(snapshot.summary(), snapshot.title())
                .map(Timeframe::read).flatMap(Optional::stream).map(Timeframe::dueDate).flatMap(Optional::stream)
                .findFirst();
        link(new Guidance("DIRECTIVE", copy.id, DocumentSymbol.parse(copy.symbol), copy.issueDate,
                organizations.findByCode(copy.issuingOrganizationCode), copy.issuingOrganizationCode, basis, deadline));
    }

    /** An issued plan may be the document some tasks wait for, when they name it. */
    public void planIssued(Plan plan) {
        Optional<LocalDate> deadline = Optional.ofNullable(plan.subordinatePlanDeadline)
                .or(() -> Timeframe.read(plan.title).flatMap(Timeframe::dueDate));
        link(new Guidance("PLAN", plan.id, DocumentSymbol.parse(plan.symbol), plan.issueDate,
                Optional.of(plan.issuingOrganization), plan.issuingOrganization.code, basisOf(plan), deadline));
    }

    private void link(Guidance guidance) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (PlanTask task : tasks.awaitingGuidance(guidance.issueDate())) {
            if (task.plan.id.equals(guidance.id()) || !task.awaitsGuidance()) {
                continue;
            }
            Optional<String> matchedBy = match(task, guidance);
            if (matchedBy.isEmpty()) {
                continue;
            }
            LocalDate dueDate = guidance.deadline().orElse(guidance.issueDate().plusDays(defaultDays));
            String source = guidance.deadline().isPresent() ? "GUIDANCE" : "DEFAULT";
            TaskGuidance linked = new TaskGuidance(guidance.kind(), guidance.id(), guidance.symbol().toString(),
                    guidance.symbol().type().code(), guidance.issuerCode(), guidance.issueDate(), matchedBy.get(),
                    dueDate, source, now);
            task.linkGuidance(linked);
            Plan plan = task.plan;
            // the plan's answer changed (the task's guidance and due date): clients syncing by updatedSince must see
            // it; updatedBy stays the person who last wrote the plan, as no one wrote it now
            plan.updatedAt = now;
            events.guidanceLinked(new TaskGuidanceLinked(plan.id, plan.symbol, plan.issuingOrganization.id,
                    plan.issuingOrganization.code, task.id, task.number,
                    new TaskGuidanceLinked.Document(linked.kind(), linked.documentId(), linked.symbol(), linked.type(),
                            linked.issuingOrganizationCode(), linked.issueDate()),
                    linked.matchedBy(), dueDate, source, now));
        }
    }

    /**
     * By symbol when the task names the awaited document. Otherwise only a guidance (HD) matches, issued from above
     * the plan's issuer and resting on a document the plan rests on too (the directive it implements, an upper plan).
     */
    private static Optional<String> match(PlanTask task, Guidance guidance) {
        String awaited = task.timeframe.awaitedDocument();
        if (awaited != null) {
            return key(awaited).filter(guidance.symbol().searchKey()::equals).map(matched -> "SYMBOL");
        }
        if (guidance.symbol().type() != DocumentType.HD || guidance.issuer().isEmpty()
                || !above(guidance.issuer().get(), task.plan.issuingOrganization)) {
            return Optional.empty();
        }
        Set<String> shared = new HashSet<>(basisOf(task.plan));
        shared.retainAll(guidance.basisKeys());
        return shared.isEmpty() ? Optional.empty() : Optional.of("ISSUER_AND_KIND");
    }

    /**
     * Above the plan's issuer ("cấp trên"): one of its ancestors, or an advisory body or standing committee of one
     * (Ban Tổ chức Trung ương under the Central Committee, Ban Tổ chức Tỉnh ủy under the province). The issuer's own
     * bodies and its neighbours are not above it.
     */
    static boolean above(Organization guidanceIssuer, Organization planIssuer) {
        String path = planIssuer.path;
        if (guidanceIssuer.path.equals(path)) {
            return false;
        }
        if (OrganizationPaths.isInside(path, guidanceIssuer.path)) {
            return true;
        }
        String committee = OrganizationPaths.parentOf(guidanceIssuer.path);
        boolean body = guidanceIssuer.kind == OrganizationKind.ADVISORY_COMMISSION
                || guidanceIssuer.kind == OrganizationKind.STANDING_COMMITTEE;
        return body && !committee.equals(guidanceIssuer.path) && !committee.equals(path)
                && OrganizationPaths.isInside(path, committee);
    }

    /** What a plan rests on: the directive it implements and the documents it is based on, as search keys. */
    private static Set<String> basisOf(Plan plan) {
        Set<String> basis = new HashSet<>();
        key(plan.implementsSymbol).ifPresent(basis::add);
        plan.basedOn.stream()
                .filter(link -> link.kind() == null || link.kind() == ReferenceKind.BASED_ON
                        || link.kind() == ReferenceKind.IMPLEMENTS)
                .forEach(link -> key(link.symbol()).ifPresent(basis::add));
        return basis;
    }

    private static Optional<String> key(String symbol) {
        return symbol == null ? Optional.empty() : DocumentSymbol.tryParse(symbol).map(DocumentSymbol::searchKey);
    }
}
