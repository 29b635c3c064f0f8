package vn.cascade.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import vn.cascade.common.documents.DocumentSymbol;
import vn.cascade.common.domain.DomainException;
import vn.cascade.common.events.PlanSnapshot;
import vn.cascade.common.security.Caller;
import vn.cascade.common.text.VietnameseText;
import vn.cascade.organizations.Organization;
import vn.cascade.organizations.OrganizationRepository;
import vn.cascade.plan.domain.Plan;
import vn.cascade.plan.domain.PlanStatus;
import vn.cascade.plan.events.outgoing.PlanEvents;
import vn.cascade.plan.repository.PlanRepository;
import vn.cascade.plan.repository.PlanRevisionRepository;
import vn.cascade.plan.service.LifecycleConsequences.Consequences;
import vn.cascade.plan.service.command.PlanDraft;

/**
 * The life of a plan: drafting, changing the draft, issuing, amending, completing and revoking. Each change that
 * takes effect is kept in the plan's history and announced; what it does to other plans (those it amends or replaces,
 * those resting on it) is done in the same transaction and returned with the plan.
 */
@ApplicationScoped
@Transactional
public class PlanService {

    private final PlanRepository plans;
    private final OrganizationRepository organizations;
    private final PlanAccess access;
    private final PlanWriter writer;
    private final UpperDocuments upper;
    private final PlanSnapshots snapshots;
    private final PlanRevisionRepository revisions;
    private final PlanEvents events;
    private final PlanViews views;
    private final LifecycleConsequences consequences;
    private final GuidanceLinks guidance;
    private final Caller caller;
    private final Clock clock;

    PlanService(PlanRepository plans, OrganizationRepository organizations, PlanAccess access, PlanWriter writer,
            UpperDocuments upper, PlanSnapshots snapshots, PlanRevisionRepository revisions, PlanEvents events,
            PlanViews views, LifecycleConsequences consequences, GuidanceLinks guidance, Caller caller, Clock clock) {
        this.plans = plans;
        this.organizations = organizations;
        this.access = access;
        this.writer = writer;
        this.upper = upper;
        this.snapshots = snapshots;
        this.revisions = revisions;
        this.events = events;
        this.views = views;
        this.consequences = consequences;
        this.guidance = guidance;
        this.caller = caller;
        this.clock = clock;
    }

    /** Drafts a plan for the caller's organisation (or one it acts for). */
    public PlanView draft(PlanDraft draft) {
        Organization issuer = organizations.findByCode(draft.issuingOrganizationCode())
                .orElseThrow(() -> DomainException.invalid("issuingOrganizationCode",
                        "no organisation has code " + draft.issuingOrganizationCode(), "organization.no-such-code",
                        draft.issuingOrganizationCode()));
        access.requireActingFor(issuer.code);
        Plan plan = new Plan();
        plan.id = UUID.randomUUID();
        plan.issuingOrganization = issuer;
        plan.status = PlanStatus.DRAFT;
        plan.created(OffsetDateTime.now(clock), caller.name());
        writer.write(plan, draft);
        plans.persist(plan);
        return written(plan);
    }

    public PlanView update(UUID id, Long version, PlanDraft draft) {
        Plan plan = access.changeable(id, version);
        plan.requireStatus("update", Set.of(PlanStatus.DRAFT));
        requireSameIssuer(plan, draft);
        writer.write(plan, draft);
        return written(plan);
    }

    /**
     * Issues a draft: it must have its symbol and date, implement a directive in force and name only registered
     * organisations. Announces vn.cascade.plan.issued.v1; the tasks of other plans waiting for it by its symbol are
     * linked to it.
     */
    public PlanView issue(UUID id, Long version) {
        Plan plan = access.changeable(id, version);
        plan.requireStatus("issue", Set.of(PlanStatus.DRAFT));
        upper.checkIssuable(plan);
        upper.link(plan);
        plan.issue(OffsetDateTime.now(clock));
        writer.touch(plan);
        PlanView issued = recorded(plan, null, events::issued);
        guidance.planIssued(plan);
        return issued.with(new Consequences(consequences.supersede(plan), List.of()));
    }

    /** Replaces the content of an issued plan; tasks keep their progress where their number stays. */
    public PlanView amend(UUID id, Long version, PlanDraft draft, String reason) {
        Plan plan = access.changeable(id, version);
        requireSameIssuer(plan, draft);
        if (!Objects.equals(PlanWriter.symbolOf(draft).map(DocumentSymbol::toString).orElse(null), plan.symbol)
                || !Objects.equals(draft.issueDate(), plan.issueDate)) {
            throw DomainException.invalid("symbol", "an amendment keeps the symbol and issue date",
                    "plan.amendment-keeps-symbol");
        }
        plan.markAmended(VietnameseText.nfc(reason));
        writer.write(plan, draft);
        upper.checkIssuable(plan);
        upper.link(plan);
        PlanView amended = recorded(plan, plan.statusReason, events::amended);
        // Plans named as amended or replaced by the new content change too; those resting on this one are told.
        List<LifecycleConsequences.Superseded> superseded = consequences.supersede(plan);
        return amended.with(new Consequences(superseded, consequences.planChanged(plan, "AMENDED", null)));
    }

    public PlanView revoke(UUID id, Long version, String reason) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("reason", "say why the plan is revoked", "plan.revocation-reason");
        }
        Plan plan = access.changeable(id, version);
        plan.revoke(VietnameseText.nfc(reason));
        writer.touch(plan);
        PlanView revoked = recorded(plan, plan.statusReason, events::revoked);
        return revoked.with(new Consequences(List.of(), consequences.planChanged(plan, "REVOKED", null)));
    }

    /**
     * Announces vn.cascade.plan.completed.v1: reporting-service no longer expects reports for periods not yet begun.
     * The plans resting on it are listed, not told: a completed plan asks nothing more of them.
     */
    public PlanView complete(UUID id, Long version, String note) {
        Plan plan = access.changeable(id, version);
        plan.complete(VietnameseText.nfc(note));
        writer.touch(plan);
        PlanView completed = recorded(plan, plan.statusReason, events::completed);
        return completed.with(new Consequences(List.of(), consequences.dependents(plan)));
    }

    /** Keeps the change in the history and announces it, from one snapshot taken at the version just written. */
    private PlanView recorded(Plan plan, String reason, Consumer<PlanSnapshot> announce) {
        plans.flush();
        PlanSnapshot snapshot = snapshots.of(plan);
        revisions.add(plan, reason, snapshot, OffsetDateTime.now(clock), caller.name());
        announce.accept(snapshot);
        return views.of(plan);
    }

    /** The plan as written, at the version the next change must send. */
    private PlanView written(Plan plan) {
        plans.flush();
        return views.of(plan);
    }

    private static void requireSameIssuer(Plan plan, PlanDraft draft) {
        if (!plan.issuingOrganization.code.equals(draft.issuingOrganizationCode())) {
            throw DomainException.invalid("issuingOrganizationCode", "the issuing organisation cannot change",
                    "plan.issuer-fixed");
        }
    }
}
