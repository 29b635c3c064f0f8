package vn.cascade.directive.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.cascade.common.documents.ReferenceKind;
import vn.cascade.common.domain.DomainException;
import vn.cascade.common.domain.Violation;
import vn.cascade.common.security.Caller;
import vn.cascade.common.security.OrganizationPaths;
import vn.cascade.directive.domain.Directive;
import vn.cascade.directive.domain.DirectiveReference;
import vn.cascade.directive.domain.DirectiveStatus;
import vn.cascade.directive.domain.ReferenceEdge;
import vn.cascade.directive.events.outgoing.DirectiveEvents;
import vn.cascade.directive.repository.DirectiveRepository;
import vn.cascade.directive.repository.DocumentGraphRepository;
import vn.cascade.directive.repository.PlanDocumentRepository;

/**
 * What a directive's change does beyond itself (issue 19): a directive published as amending or replacing an
 * earlier one changes that one's status, and the documents resting on a changed directive are listed. The plans
 * among them are told by plan-service, which reads the directive's event.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DirectiveConsequences {

    private static final int MAX_DEPTH = 12;
    private static final Set<ReferenceKind> RESTING = Set.of(ReferenceKind.IMPLEMENTS, ReferenceKind.BASED_ON);

    /** A directive or plan in force resting on the changed directive, directly (depth 1) or through others. */
    public record Dependent(UUID id, String kind, String symbol, String issuingOrganizationCode, String status,
            String restsOnSymbol, int depth) {
    }

    /** An earlier directive the published one amended or replaced, its status now, and what rests on it. */
    public record Superseded(UUID directiveId, String symbol, String issuingOrganizationCode, ReferenceKind kind,
            DirectiveStatus status, List<Dependent> dependents) {
    }

    public record Consequences(List<Superseded> superseded, List<Dependent> dependents) {
    }

    private final DirectiveRepository directives;
    private final PlanDocumentRepository plans;
    private final DocumentGraphRepository references;
    private final DirectiveEvents events;
    private final Caller caller;
    private final Clock clock;

    DirectiveConsequences(DirectiveRepository directives, PlanDocumentRepository plans,
            DocumentGraphRepository references, DirectiveEvents events, Caller caller, Clock clock) {
        this.directives = directives;
        this.plans = plans;
        this.references = references;
        this.events = events;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * The earlier directives the published one names as amended or replaced: each is marked and announced. Only its
     * issuer or an organisation above it may; a link already applied is skipped.
     */
    public List<Superseded> supersede(Directive later) {
        List<Superseded> done = new ArrayList<>();
        List<Violation> refused = new ArrayList<>();
        for (int i = 0; i < later.references.size(); i++) {
            DirectiveReference reference = later.references.get(i);
            if ((reference.kind != ReferenceKind.AMENDS && reference.kind != ReferenceKind.REPLACES)
                    || reference.targetDirectiveId == null || reference.targetDirectiveId.equals(later.id)) {
                continue;
            }
            Directive earlier = directives.findByIdOptional(reference.targetDirectiveId).orElse(null);
            if (earlier == null || earlier.alreadySupersededBy(later)) {
                continue;
            }
            String field = "references[" + i + "].symbol";
            if (!OrganizationPaths.isInside(earlier.issuingOrganization.path, later.issuingOrganization.path)) {
                refused.add(Violation.localized(field, "directive " + earlier.symbol + " of "
                        + earlier.issuingOrganization.code + " can be amended or replaced only by its issuer or an "
                        + "organisation above it", "directive.supersede-outside", earlier.symbol,
                        earlier.issuingOrganization.code));
                continue;
            }
            if (!earlier.status.inForce()) {
                refused.add(Violation.localized(field, "directive " + earlier.symbol + " is " + earlier.status
                        + ": only a directive in force can be amended or replaced", "directive.supersede-not-in-force",
                        earlier.symbol, earlier.status));
                continue;
            }
            if (reference.kind == ReferenceKind.REPLACES) {
                earlier.replacedBy(later);
            } else {
                earlier.amendedBy(later);
            }
            earlier.touched(OffsetDateTime.now(clock), caller.name());
            directives.flush();
            if (reference.kind == ReferenceKind.REPLACES) {
                events.replaced(earlier);
            } else {
                events.amended(earlier);
            }
            done.add(new Superseded(earlier.id, earlier.symbol, earlier.issuingOrganization.code, reference.kind,
                    earlier.status, dependents(earlier)));
        }
        if (!refused.isEmpty()) {
            throw DomainException.ruleBroken("The directive cannot amend or replace the directives it names", refused)
                    .localized("directive.cannot-supersede");
        }
        return done;
    }

    /**
     * The directives and plans in force resting on this directive (implementing it or based on it), transitively,
     * nearest first; each once, at its smallest depth.
     */
    public List<Dependent> dependents(Directive changed) {
        List<Dependent> found = new ArrayList<>();
        Set<UUID> seen = new HashSet<>(Set.of(changed.id));
        Map<UUID, String> frontier = new HashMap<>(Map.of(changed.id, changed.symbol));
        for (int depth = 1; !frontier.isEmpty() && depth <= MAX_DEPTH; depth++) {
            Map<UUID, String> next = new HashMap<>();
            Map<UUID, String> restsOn = new HashMap<>();
            Set<UUID> sources = new LinkedHashSet<>();
            for (ReferenceEdge edge : references.to(frontier.keySet())) {
                if (RESTING.contains(edge.kind()) && !seen.contains(edge.sourceId())) {
                    sources.add(edge.sourceId());
                    restsOn.putIfAbsent(edge.sourceId(), frontier.get(edge.targetId()));
                }
            }
            if (sources.isEmpty()) {
                break;
            }
            int level = depth;
            for (Directive directive : directives.list("id in ?1 order by issueDate, id", sources)) {
                if (directive.status.inForce() && seen.add(directive.id)) {
                    found.add(new Dependent(directive.id, "DIRECTIVE", directive.symbol,
                            directive.issuingOrganization.code, directive.status.name(), restsOn.get(directive.id), level));
                    next.put(directive.id, directive.symbol);
                }
            }
            plans.list("planId in ?1 order by issueDate, planId", sources).forEach(plan -> {
                if (("ISSUED".equals(plan.status) || "AMENDED".equals(plan.status)) && seen.add(plan.planId)) {
                    found.add(new Dependent(plan.planId, "PLAN", plan.symbol, plan.issuingOrganizationCode,
                            plan.status, restsOn.get(plan.planId), level));
                    next.put(plan.planId, plan.symbol);
                }
            });
            frontier = next;
        }
        return found;
    }
}
