package vn.cascade.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.cascade.common.documents.ReferenceKind;
import vn.cascade.common.domain.DomainException;
import vn.cascade.common.domain.Violation;
import vn.cascade.common.events.PlanBasisChange;
import vn.cascade.common.events.PlanSnapshot;
import vn.cascade.common.security.Caller;
import vn.cascade.common.security.OrganizationPaths;
import vn.cascade.plan.domain.Directive;
import vn.cascade.plan.domain.DocumentLink;
import vn.cascade.plan.domain.Plan;
import vn.cascade.plan.domain.PlanStatus;
import vn.cascade.plan.events.outgoing.PlanEvents;
import vn.cascade.plan.repository.PlanRepository;
import vn.cascade.plan.repository.PlanRevisionRepository;

/**
 * What a change of a document does beyond the document itself (issue 19): a plan issued as amending or replacing an
 * earlier one changes that one's status, and every plan resting on a document that is amended, replaced or revoked
 * — directly or through the plans between them — hears of it ({@code vn.cascade.plan.basis-changed.v1}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class LifecycleConsequences {

    /** Resting chains are short (central → province → district → grassroots); the bound only guards bad data. */
    private static final int MAX_DEPTH = 12;

    /** A plan the change reaches, and through which document it rests on the changed one. */
    public record Dependent(UUID planId, String symbol, String issuingOrganizationCode, PlanStatus status,
            String restsOnSymbol, int depth) {
    }

    /** An earlier plan a newly issued or amended one amended or replaced: its status now. */
    public record Superseded(UUID planId, String symbol, String issuingOrganizationCode, ReferenceKind kind,
            PlanStatus status, List<Dependent> dependents) {
    }

    /** What a lifecycle change did to other plans; empty for most changes. */
    public record Consequences(List<Superseded> superseded, List<Dependent> dependents) {
        public static final Consequences NONE = new Consequences(List.of(), List.of());
    }

    private final PlanRepository plans;
    private final PlanSnapshots snapshots;
    private final PlanRevisionRepository revisions;
    private final PlanWriter writer;
    private final PlanEvents events;
    private final Caller caller;
    private final Clock clock;

    LifecycleConsequences(PlanRepository plans, PlanSnapshots snapshots, PlanRevisionRepository revisions,
            PlanWriter writer, PlanEvents events, Caller caller, Clock clock) {
        this.plans = plans;
        this.snapshots = snapshots;
        this.revisions = revisions;
        this.writer = writer;
        this.events = events;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * The earlier plans the (just issued or amended) plan names as amended or replaced: each is marked, kept in its
     * history, announced, and its dependents told. A link already applied (an amendment repeating it) is skipped.
     * Only the issuer itself or an organisation above it may supersede a plan.
     */
    public List<Superseded> supersede(Plan later) {
        List<Superseded> done = new ArrayList<>();
        List<Violation> refused = new ArrayList<>();
        for (int i = 0; i < later.basedOn.size(); i++) {
            DocumentLink link = later.basedOn.get(i);
            if ((link.kind() != ReferenceKind.AMENDS && link.kind() != ReferenceKind.REPLACES) || link.documentId() == null
                    || link.documentId().equals(later.id)) {
                continue;
            }
            Plan earlier = plans.findByIdOptional(link.documentId()).orElse(null);
            if (earlier == null || alreadyApplied(earlier, later, link.kind())) {
                continue;
            }
            if (!OrganizationPaths.isInside(earlier.issuingOrganization.path, later.issuingOrganization.path)) {
                refused.add(Violation.localized("basedOn[" + i + "].symbol", "plan " + earlier.label() + " of "
                        + earlier.issuingOrganization.code + " can be amended or replaced only by its issuer or an "
                        + "organisation above it", "plan.supersede-outside", earlier.label(),
                        earlier.issuingOrganization.code));
                continue;
            }
            if (!earlier.status.inForce()) {
                refused.add(Violation.localized("basedOn[" + i + "].symbol", "plan " + earlier.label() + " is "
                        + earlier.status + ": only a plan in force can be amended or replaced",
                        "plan.supersede-not-in-force", earlier.label(), earlier.status));
                continue;
            }
            done.add(apply(earlier, later, link.kind()));
        }
        if (!refused.isEmpty()) {
            throw DomainException.ruleBroken("The plan cannot amend or replace the plans it names", refused)
                    .localized("plan.cannot-supersede");
        }
        return done;
    }

    private Superseded apply(Plan earlier, Plan later, ReferenceKind kind) {
        String change;
        if (kind == ReferenceKind.REPLACES) {
            earlier.replacedBy(later);
            change = "REPLACED";
        } else {
            earlier.amendedBy(later);
            change = "AMENDED";
        }
        writer.touch(earlier);
        plans.flush();
        PlanSnapshot snapshot = snapshots.of(earlier);
        revisions.add(earlier, earlier.statusReason, snapshot, OffsetDateTime.now(clock), caller.name());
        if (kind == ReferenceKind.REPLACES) {
            events.replaced(snapshot);
        } else {
            events.amended(snapshot);
        }
        List<Dependent> dependents = planChanged(earlier, change, later);
        return new Superseded(earlier.id, earlier.symbol, earlier.issuingOrganization.code, kind, earlier.status,
                dependents);
    }

    private static boolean alreadyApplied(Plan earlier, Plan later, ReferenceKind kind) {
        return kind == ReferenceKind.REPLACES
                ? earlier.replacedBy != null && later.id.equals(earlier.replacedBy.documentId())
                : earlier.amendedBy.stream().anyMatch(link -> later.id.equals(link.documentId()));
    }

    /** Every plan in force resting on the plan, transitively; each is told of the change. */
    public List<Dependent> planChanged(Plan changed, String change, Plan by) {
        PlanBasisChange.Document changedDocument = document(changed);
        return tell(changed.id, plans.restingOn(changed.id), changedDocument, change,
                by == null ? null : document(by));
    }

    /** Every plan in force implementing the directive, and those resting on them; each is told of the change. */
    public List<Dependent> directiveChanged(Directive directive, String change) {
        PlanBasisChange.Document changedDocument = new PlanBasisChange.Document("DIRECTIVE", directive.id,
                directive.symbol, directive.issueDate, directive.status);
        return tell(directive.id, plans.implementing(directive.id), changedDocument, change, null);
    }

    /** The plans resting on the plan, transitively, without telling them anything. */
    public List<Dependent> dependents(Plan plan) {
        return walk(plan.id, document(plan), plans.restingOn(plan.id), (dependent, restsOn, depth) -> {
        });
    }

    private List<Dependent> tell(UUID changedId, List<Plan> direct, PlanBasisChange.Document changed, String change,
            PlanBasisChange.Document by) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return walk(changedId, changed, direct, (dependent, restsOn, depth) -> events.basisChanged(
                new PlanBasisChange(dependent.id, dependent.symbol, dependent.issuingOrganization.id,
                        dependent.issuingOrganization.code, changed, change, by, restsOn, depth, now)));
    }

    private interface Visitor {
        void visit(Plan dependent, PlanBasisChange.Document restsOn, int depth);
    }

    /** Breadth first: each plan once, at the shallowest depth it is reached. */
    private List<Dependent> walk(UUID rootId, PlanBasisChange.Document root, List<Plan> direct, Visitor visitor) {
        record Step(Plan plan, PlanBasisChange.Document restsOn, int depth) {
        }
        Set<UUID> seen = new HashSet<>(Set.of(rootId));
        Deque<Step> queue = new ArrayDeque<>();
        direct.forEach(plan -> queue.add(new Step(plan, root, 1)));
        List<Dependent> dependents = new ArrayList<>();
        while (!queue.isEmpty()) {
            Step step = queue.poll();
            if (!seen.add(step.plan().id)) {
                continue;
            }
            visitor.visit(step.plan(), step.restsOn(), step.depth());
            dependents.add(new Dependent(step.plan().id, step.plan().symbol, step.plan().issuingOrganization.code,
                    step.plan().status, step.restsOn().symbol(), step.depth()));
            if (step.depth() < MAX_DEPTH) {
                PlanBasisChange.Document through = document(step.plan());
                plans.restingOn(step.plan().id).forEach(next -> queue.add(new Step(next, through, step.depth() + 1)));
            }
        }
        return dependents;
    }

    private static PlanBasisChange.Document document(Plan plan) {
        return new PlanBasisChange.Document("PLAN", plan.id, plan.symbol, plan.issueDate, plan.status.name());
    }
}
