package vn.cascade.plan.service;

import vn.cascade.common.events.OrganizationKind;
import vn.cascade.common.security.OrganizationPaths;

import vn.cascade.organizations.OrganizationRepository;

import vn.cascade.organizations.Organization;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.cascade.common.documents.DocumentSymbol;
import vn.cascade.common.documents.ReferenceKind;
import vn.cascade.common.documents.Target;
import vn.cascade.common.domain.DomainException;
import vn.cascade.common.domain.Violation;
import vn.cascade.common.events.OrganizationKind;
import vn.cascade.common.security.OrganizationPaths;
import vn.cascade.plan.domain.Directive;
import vn.cascade.plan.domain.DocumentLink;
import vn.cascade.plan.domain.Plan;
import vn.cascade.plan.repository.DirectiveRepository;
import vn.cascade.plan.repository.PlanRepository;
import vn.cascade.organizations.Organization;
import vn.cascade.organizations.OrganizationRepository;

/**
 * The documents above a plan: the directive it implements, which must be in force for the plan to take effect,
 * and the upper plans it is based on, among which its parent.
 */
@ApplicationScoped
public class UpperDocuments {

    /** The targets a plan's own are compared with, and the symbol of the document that sets them. */
    public record TargetsAbove(String symbol, List<Target> targets) {
    }

    private final PlanRepository plans;
    private final DirectiveRepository directives;
    private final OrganizationRepository organizations;

    UpperDocuments(PlanRepository plans, DirectiveRepository directives, OrganizationRepository organizations) {
        this.plans = plans;
        this.directives = directives;
        this.organizations = organizations;
    }

    /** What only matters once the plan takes effect. */
    public void checkIssuable(Plan plan) {
        List<Violation> violations = new ArrayList<>();
        if (plan.symbol == null) {
            violations.add(Violation.localized("symbol", "an issued plan has its number and symbol", "plan.issued-needs-symbol"));
        }
        if (plan.issueDate == null) {
            violations.add(Violation.localized("issueDate", "an issued plan has its issue date", "plan.issued-needs-date"));
        }
        if (!plan.issuingOrganization.active) {
            violations.add(Violation.localized("issuingOrganizationCode", "organisation "
                    + plan.issuingOrganization.code + " is no longer active", "plan.issuer-inactive",
                    plan.issuingOrganization.code));
        }
        if (plan.implementsSymbol == null) {
            violations.add(Violation.localized("implementsDirective", "name the directive the plan implements",
                    "plan.directive-required"));
        } else {
            directiveProblem(plan).ifPresent(violations::add);
        }
        violations.addAll(outsideReach(plan));
        if (!violations.isEmpty()) {
            throw DomainException.ruleBroken("The plan cannot be issued as it stands", violations)
                    .localized("plan.not-issuable");
        }
    }

    /**
     * A plan reaches down only: it makes organisations of the issuer's own subtree report and answer with plans
     * (for a standing committee or an advisory body, the subtree of the committee it belongs to), never another
     * province's or a body above.
     */
    private List<Violation> outsideReach(Plan plan) {
        String reach = reachOf(plan.issuingOrganization);
        List<Violation> outside = new ArrayList<>();
        for (int i = 0; i < plan.reportingRequirements.size(); i++) {
            List<String> reporters = plan.reportingRequirements.get(i).reporterCodes();
            for (int j = 0; j < reporters.size(); j++) {
                outsideReach("reportingRequirements[" + i + "].reporterCodes[" + j + "]", reporters.get(j), reach,
                        plan).ifPresent(outside::add);
            }
        }
        for (int i = 0; i < plan.subordinatePlanAddressees.size(); i++) {
            outsideReach("subordinatePlans.addressees[" + i + "]", plan.subordinatePlanAddressees.get(i), reach, plan)
                    .ifPresent(outside::add);
        }
        return outside;
    }

    private Optional<Violation> outsideReach(String field, String code, String reach, Plan plan) {
        return organizations.findByCode(code)
                .filter(organization -> !OrganizationPaths.isInside(organization.path, reach))
                .map(organization -> Violation.localized(field, code + " lies outside the subtree of "
                        + plan.issuingOrganization.code + ": a plan names only organisations below its issuer",
                        "plan.outside-issuer", code, plan.issuingOrganization.code));
    }

    private static String reachOf(Organization issuer) {
        boolean actsForItsCommittee = issuer.kind == OrganizationKind.STANDING_COMMITTEE
                || issuer.kind == OrganizationKind.ADVISORY_COMMISSION;
        return actsForItsCommittee ? OrganizationPaths.parentOf(issuer.path) : issuer.path;
    }

    private Optional<Violation> directiveProblem(Plan plan) {
        Optional<Directive> directive = directiveFor(plan.implementsSymbol, plan.implementsIssueDate);
        if (directive.isEmpty()) {
            return Optional.of(Violation.localized("implementsDirective.symbol", "directive " + plan.implementsSymbol
                    + " is not known: it must be published in directive-service first", "plan.directive-unknown",
                    plan.implementsSymbol));
        }
        if (!directive.get().inForce()) {
            return Optional.of(Violation.localized("implementsDirective.symbol", "directive " + plan.implementsSymbol
                    + " is " + directive.get().status + ", not in force", "plan.directive-not-in-force",
                    plan.implementsSymbol, directive.get().status));
        }
        if (plan.issueDate != null && plan.issueDate.isBefore(directive.get().issueDate)) {
            return Optional.of(Violation.localized("issueDate", "the plan cannot be issued before the directive ("
                    + directive.get().issueDate + ")", "plan.before-directive", directive.get().issueDate));
        }
        return Optional.empty();
    }

    /** Resolves the implemented directive and the upper documents, and finds the parent plan among them. */
    public void link(Plan plan) {
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
            // An amended or replaced plan, or a related one, is no upper plan: only what the plan rests on is.
            Optional<Plan> other = upper.filter(found -> !found.id.equals(plan.id))
                    .filter(found -> link.kind() == null || link.kind() == ReferenceKind.BASED_ON
                            || link.kind() == ReferenceKind.IMPLEMENTS);
            other.ifPresent(uppers::add);
            // The parent is the upper plan issued closest above the issuer.
            if (other.isPresent() && isCloserAbove(other.get(), parent, plan)) {
                parent = other.get();
            }
        }
        // A Politburo plan is no ancestor of a province's by path: then the latest upper plan named is the parent.
        if (parent == null) {
            parent = uppers.stream().max(Comparator.comparing((Plan upper) -> upper.issueDate)).orElse(null);
        }
        plan.basedOn = linked;
        plan.parentPlan = parent;
    }

    private static boolean isCloserAbove(Plan upper, Plan parentSoFar, Plan plan) {
        String path = upper.issuingOrganization.path;
        return plan.issuingOrganization.path.startsWith(path)
                && (parentSoFar == null || path.length() > parentSoFar.issuingOrganization.path.length());
    }

    /** The targets above this plan's: its parent plan's, else those of the directive it implements. */
    public Optional<TargetsAbove> targetsAbove(Plan plan) {
        if (plan.parentPlan != null) {
            return Optional.of(new TargetsAbove(plan.parentPlan.symbol, plan.parentPlan.targets));
        }
        return Optional.ofNullable(plan.implementsDirectiveId).flatMap(directives::findByIdOptional)
                .map(directive -> new TargetsAbove(directive.symbol, directive.targets));
    }

    /** The directive with this symbol (and date, when given), one in force first. */
    private Optional<Directive> directiveFor(String symbol, LocalDate issueDate) {
        return directives.findBySymbol(DocumentSymbol.parse(symbol).searchKey()).stream()
                .filter(directive -> issueDate == null || issueDate.equals(directive.issueDate))
                .min(Comparator.comparing((Directive directive) -> !directive.inForce()));
    }
}
