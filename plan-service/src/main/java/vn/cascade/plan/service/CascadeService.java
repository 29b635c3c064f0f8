package vn.cascade.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.cascade.common.documents.DocumentSymbol;
import vn.cascade.common.domain.DomainException;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.organizations.Organization;
import vn.cascade.organizations.OrganizationRepository;
import vn.cascade.plan.domain.Directive;
import vn.cascade.plan.domain.Plan;
import vn.cascade.plan.domain.PlanStatus;
import vn.cascade.plan.repository.DirectiveRepository;
import vn.cascade.plan.repository.PlanRepository;

/** How a directive travels down: the tree of answering plans, and who still owes one. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CascadeService {

    /** The plans answering a directive, level by level: 21-NQ/TW → 07-KH/TW → 48-CTr/TU → 68-KH/HU. */
    public record Tree(UUID directiveId, String directiveSymbol, LocalDate directiveIssueDate, List<Node> plans) {
    }

    public record Node(UUID planId, String symbol, String organizationCode, String organizationName,
            OrganizationLevel level, LocalDate issueDate, PlanStatus status, Long daysAfterDirective,
            List<Node> children) {
    }

    /** For one organisation: which subordinates have answered the directive with a plan, and who still owes one. */
    public record Coverage(String organizationCode, String directiveSymbol, UUID planId, String planSymbol,
            LocalDate deadline, List<Answer> answered, List<Debt> owing) {
    }

    public record Answer(String organizationCode, String organizationName, UUID planId, String planSymbol,
            LocalDate issueDate, long daysAfterDirective, boolean late) {
    }

    public record Debt(String organizationCode, String organizationName, boolean late) {
    }

    private final PlanRepository plans;
    private final DirectiveRepository directives;
    private final OrganizationRepository organizations;
    private final PlanDuties duties;
    private final PlanAccess access;
    private final Clock clock;

    CascadeService(PlanRepository plans, DirectiveRepository directives, OrganizationRepository organizations,
            PlanDuties duties, PlanAccess access, Clock clock) {
        this.plans = plans;
        this.directives = directives;
        this.organizations = organizations;
        this.duties = duties;
        this.access = access;
        this.clock = clock;
    }

    public Tree tree(String directiveSymbol, Integer year) {
        Directive directive = directive(directiveSymbol, year);
        List<Plan> answering = plans.answering(directive.id);
        Map<UUID, List<Plan>> childrenOf = new HashMap<>();
        List<Plan> roots = new ArrayList<>();
        for (Plan plan : answering) {
            boolean parentAnswers = plan.parentPlan != null
                    && answering.stream().anyMatch(other -> other.id.equals(plan.parentPlan.id));
            if (parentAnswers) {
                childrenOf.computeIfAbsent(plan.parentPlan.id, id -> new ArrayList<>()).add(plan);
            } else {
                roots.add(plan);
            }
        }
        return new Tree(directive.id, directive.symbol, directive.issueDate,
                roots.stream().map(plan -> node(plan, directive, childrenOf)).toList());
    }

    /** For the organisation (the caller's by default): its subordinates that answered the directive, and those that owe. */
    public Coverage coverage(String directiveSymbol, Integer year, String organizationCode) {
        Directive directive = directive(directiveSymbol, year);
        Organization organization = access.organizationInScope(organizationCode);
        Optional<Plan> own = plans.answerOf(organization.id, directive.id);
        LocalDate deadline = own.map(plan -> plan.subordinatePlanDeadline).orElse(null);
        List<Organization> addressees = own.map(duties::subordinatesOwingAPlan)
                .orElseGet(() -> organizations.activeChildren(organization.id));
        LocalDate today = LocalDate.now(clock);
        List<Answer> answered = new ArrayList<>();
        List<Debt> owing = new ArrayList<>();
        for (Organization subordinate : addressees) {
            Optional<Plan> answer = plans.answerOf(subordinate.id, directive.id);
            if (answer.isPresent()) {
                Plan plan = answer.get();
                answered.add(new Answer(subordinate.code, subordinate.name, plan.id, plan.symbol, plan.issueDate,
                        ChronoUnit.DAYS.between(directive.issueDate, plan.issueDate),
                        deadline != null && plan.issueDate.isAfter(deadline)));
            } else {
                owing.add(new Debt(subordinate.code, subordinate.name, deadline != null && today.isAfter(deadline)));
            }
        }
        return new Coverage(organization.code, directive.symbol, own.map(plan -> plan.id).orElse(null),
                own.map(plan -> plan.symbol).orElse(null), deadline, answered, owing);
    }

    private Node node(Plan plan, Directive directive, Map<UUID, List<Plan>> childrenOf) {
        return new Node(plan.id, plan.symbol, plan.issuingOrganization.code, plan.issuingOrganization.name,
                plan.issuingOrganization.level, plan.issueDate, plan.status,
                ChronoUnit.DAYS.between(directive.issueDate, plan.issueDate),
                childrenOf.getOrDefault(plan.id, List.of()).stream()
                        .map(child -> node(child, directive, childrenOf)).toList());
    }

    /**
     * The directive with this symbol, of the year when given. The copy holds only published directives, so
     * unlike plans there is no draft to hide.
     */
    Directive directive(String text, Integer year) {
        DocumentSymbol symbol = DocumentSymbol.parseField("directive", text);
        List<Directive> found = directives.findBySymbol(symbol.searchKey()).stream()
                .filter(directive -> year == null || directive.issueDate.getYear() == year)
                .toList();
        if (found.isEmpty()) {
            throw DomainException.notFound("No directive " + symbol + (year == null ? "" : " of " + year))
                    .localized(year == null ? "directive.not-found" : "directive.not-found-in-year", symbol,
                            year == null ? "" : year);
        }
        if (found.size() > 1) {
            throw DomainException.conflict("Several directives are numbered " + symbol + "; give the year")
                    .localized("directive.ambiguous", symbol);
        }
        return found.getFirst();
    }
}
