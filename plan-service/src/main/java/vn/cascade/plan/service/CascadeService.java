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
import vn.cascade.common.documents.InvalidDocumentSymbolException;
import vn.cascade.common.problem.ProblemException;
import vn.cascade.common.problem.ProblemType;
import vn.cascade.common.security.OrganizationScope;
import vn.cascade.plan.domain.Directive;
import vn.cascade.organizations.Organization;
import vn.cascade.plan.domain.Plan;
import vn.cascade.plan.events.PlanEvents;
import vn.cascade.plan.repository.DirectiveRepository;
import vn.cascade.organizations.OrganizationRepository;
import vn.cascade.plan.repository.PlanRepository;
import vn.cascade.plan.rest.CascadeResponse;
import vn.cascade.plan.rest.CoverageResponse;

/** How a directive travels down: the tree of answering plans, and who still owes one. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CascadeService {

    private final PlanRepository plans;
    private final DirectiveRepository directives;
    private final OrganizationRepository organizations;
    private final PlanEvents events;
    private final OrganizationScope scope;
    private final Clock clock;

    CascadeService(PlanRepository plans, DirectiveRepository directives, OrganizationRepository organizations,
            PlanEvents events, OrganizationScope scope, Clock clock) {
        this.plans = plans;
        this.directives = directives;
        this.organizations = organizations;
        this.events = events;
        this.scope = scope;
        this.clock = clock;
    }

    public CascadeResponse tree(String directiveSymbol, Integer year) {
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
        return new CascadeResponse(directive.id, directive.symbol, directive.issueDate,
                roots.stream().map(plan -> node(plan, directive, childrenOf)).toList());
    }

    /** For the organisation (the caller's by default): its subordinates that answered the directive, and those that owe. */
    public CoverageResponse coverage(String directiveSymbol, Integer year, String organizationCode) {
        Directive directive = directive(directiveSymbol, year);
        String code = organizationCode == null ? scope.callerOrganizationCode() : organizationCode;
        Organization organization = organizations.findByCode(code)
                .filter(found -> scope.canReadInside(found.path))
                .orElseThrow(() -> ProblemException.notFound("No organisation " + code + " in your subtree"));
        Optional<Plan> own = plans.answerOf(organization.id, directive.id);
        LocalDate deadline = own.map(plan -> plan.subordinatePlanDeadline).orElse(null);
        List<Organization> addressees = own.map(events::subordinatesOwingAPlan)
                .orElseGet(() -> organizations.activeChildren(organization.id));
        LocalDate today = LocalDate.now(clock);
        List<CoverageResponse.Answer> answered = new ArrayList<>();
        List<CoverageResponse.Debt> owing = new ArrayList<>();
        for (Organization subordinate : addressees) {
            Optional<Plan> answer = plans.answerOf(subordinate.id, directive.id);
            if (answer.isPresent()) {
                Plan plan = answer.get();
                answered.add(new CoverageResponse.Answer(subordinate.code, subordinate.name, plan.id, plan.symbol,
                        plan.issueDate, ChronoUnit.DAYS.between(directive.issueDate, plan.issueDate),
                        deadline != null && plan.issueDate.isAfter(deadline)));
            } else {
                owing.add(new CoverageResponse.Debt(subordinate.code, subordinate.name,
                        deadline != null && today.isAfter(deadline)));
            }
        }
        return new CoverageResponse(organization.code, directive.symbol, own.map(plan -> plan.id).orElse(null),
                own.map(plan -> plan.symbol).orElse(null), deadline, answered, owing);
    }

    private CascadeResponse.Node node(Plan plan, Directive directive, Map<UUID, List<Plan>> childrenOf) {
        return new CascadeResponse.Node(plan.id, plan.symbol, plan.issuingOrganization.code,
                plan.issuingOrganization.name, plan.issuingOrganization.level, plan.issueDate, plan.status,
                ChronoUnit.DAYS.between(directive.issueDate, plan.issueDate),
                childrenOf.getOrDefault(plan.id, List.of()).stream()
                        .map(child -> node(child, directive, childrenOf)).toList());
    }

    private Directive directive(String text, Integer year) {
        DocumentSymbol symbol;
        try {
            symbol = DocumentSymbol.parse(text);
        } catch (InvalidDocumentSymbolException e) {
            throw ProblemException.invalid("directive", e.getMessage());
        }
        List<Directive> found = directives.findBySymbol(symbol.searchKey()).stream()
                .filter(directive -> year == null || directive.issueDate.getYear() == year)
                .toList();
        if (found.isEmpty()) {
            throw ProblemException.notFound("No directive " + symbol + (year == null ? "" : " of " + year));
        }
        if (found.size() > 1) {
            throw new ProblemException(ProblemType.CONFLICT, "Several directives are numbered " + symbol + "; give the year");
        }
        return found.getFirst();
    }
}
