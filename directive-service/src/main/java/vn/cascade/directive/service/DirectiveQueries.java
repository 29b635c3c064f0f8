package vn.cascade.directive.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.cascade.common.documents.DocumentSymbol;
import vn.cascade.common.documents.IssuedDocument;
import vn.cascade.common.domain.DomainException;
import vn.cascade.common.paging.Page;
import vn.cascade.common.paging.Paging;
import vn.cascade.directive.domain.Directive;
import vn.cascade.directive.domain.ImplementingPlan;
import vn.cascade.directive.domain.Organization;
import vn.cascade.directive.repository.DirectiveRepository;
import vn.cascade.directive.repository.ImplementingPlanRepository;
import vn.cascade.directive.repository.OrganizationRepository;

/** Reading directives: by id or symbol, the list, what rests on one, and who has answered it with a plan. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DirectiveQueries {

    private final DirectiveRepository directives;
    private final ImplementingPlanRepository implementingPlans;
    private final OrganizationRepository organizations;
    private final DirectiveAccess access;

    DirectiveQueries(DirectiveRepository directives, ImplementingPlanRepository implementingPlans,
            OrganizationRepository organizations, DirectiveAccess access) {
        this.directives = directives;
        this.implementingPlans = implementingPlans;
        this.organizations = organizations;
        this.access = access;
    }

    public DirectiveView get(UUID id) {
        return DirectiveView.of(readable(id));
    }

    /** By symbol, with the year when the number was reused across years or terms. */
    public DirectiveView getBySymbol(String text, Integer year) {
        DocumentSymbol symbol = Directive.symbolOf(text);
        return DirectiveView.of(access.oneBySymbol(directives.findBySymbol(symbol.searchKey()), symbol, year));
    }

    public Page<DirectiveView> search(DirectiveSearch search, Paging paging) {
        String issuerPath = search.issuerCode() == null ? null : organizations.findByCode(search.issuerCode())
                .orElseThrow(() -> DomainException.invalid("issuer", "no organisation has code " + search.issuerCode(),
                        "organization.no-such-code", search.issuerCode()))
                .path;
        String words = search.words() == null || search.words().isBlank() ? null
                : IssuedDocument.searchWords(Stream.of(search.words()));
        return directives.search(new DirectiveRepository.Criteria(words,
                search.type() == null ? null : search.type().name(),
                search.status() == null ? null : search.status().name(),
                issuerPath, search.from(), search.to(), access.draftsVisibleUnder()), paging)
                .map(DirectiveView::of);
    }

    /** Directives that rest on this one, transitively, oldest first; drafts only where the caller sees them. */
    public List<DirectiveView> dependents(UUID id) {
        Directive directive = readable(id);
        return directives.dependentsOf(directive.id).stream().filter(access::isReadable).map(DirectiveView::of)
                .toList();
    }

    /** Who answered the directive with a plan; with an organisation, which of its direct subordinates have not. */
    public Implementation implementation(UUID id, String organizationCode) {
        Directive directive = readable(id);
        List<ImplementingPlan> answers = implementingPlans.answering(directive.id);
        Map<String, Organization> byCode = organizations.findByCodes(answers.stream().map(plan -> plan.organizationCode)
                .collect(Collectors.toSet()));
        List<Implementation.Answer> answered = answers.stream().map(plan -> {
            Organization organization = byCode.get(plan.organizationCode);
            return new Implementation.Answer(plan.organizationCode, organization == null ? null : organization.name,
                    organization == null ? null : organization.level, plan.planId, plan.symbol, plan.issueDate,
                    ChronoUnit.DAYS.between(directive.issueDate, plan.issueDate));
        }).toList();
        if (organizationCode == null) {
            return new Implementation(directive.id, directive.symbol, directive.issueDate, answered, null, List.of());
        }
        Organization organization = access.inSubtree(organizations.findByCode(organizationCode), organizationCode);
        Set<String> answeredCodes = answers.stream().map(plan -> plan.organizationCode).collect(Collectors.toSet());
        List<Implementation.Pending> notYet = organizations.children(organization).stream()
                .filter(child -> child.active && !answeredCodes.contains(child.code))
                .map(child -> new Implementation.Pending(child.code, child.name, child.level))
                .toList();
        return new Implementation(directive.id, directive.symbol, directive.issueDate, answered, organization.code,
                notYet);
    }

    private Directive readable(UUID id) {
        return access.readable(directives.findByIdOptional(id), id);
    }
}
