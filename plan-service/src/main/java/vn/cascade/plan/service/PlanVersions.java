package vn.cascade.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.cascade.common.domain.DomainException;
import vn.cascade.common.events.PlanSnapshot;
import vn.cascade.plan.domain.DocumentLink;
import vn.cascade.plan.domain.PlanContent;
import vn.cascade.plan.domain.PlanDiff;
import vn.cascade.plan.domain.PlanRevision;
import vn.cascade.plan.repository.PlanRevisionRepository;

/**
 * Every version of an issued plan, whole, and what changed between two of them (issue 19). A version is the plan as
 * one lifecycle change left it (issue, amendment, completion, replacement, revocation), numbered by the plan's
 * version at that change.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PlanVersions {

    /** One version; {@code whole} is false for a version kept before issue 19, rebuilt from its announced summary. */
    public record Version(long version, String status, String reason, OffsetDateTime changedAt, String changedBy,
            boolean whole, PlanContent content) {
    }

    public record Diff(long version, long against, PlanDiff changes) {
    }

    private final PlanAccess access;
    private final PlanRevisionRepository revisions;

    PlanVersions(PlanAccess access, PlanRevisionRepository revisions) {
        this.access = access;
        this.revisions = revisions;
    }

    /** Oldest first. */
    public List<Version> versions(UUID planId) {
        return revisions.of(access.readable(planId).id).stream().map(PlanVersions::version).toList();
    }

    public Version version(UUID planId, long number) {
        return find(versions(planId), planId, number, "version");
    }

    /** From version {@code against} (the one before {@code number} when not given) to version {@code number}. */
    public Diff diff(UUID planId, long number, Long against) {
        List<Version> all = versions(planId);
        Version newer = find(all, planId, number, "version");
        Version older;
        if (against == null) {
            older = all.stream().filter(candidate -> candidate.version() < number)
                    .reduce((first, second) -> second).orElse(newer);
        } else {
            older = find(all, planId, against, "against");
        }
        return new Diff(newer.version(), older.version(), PlanDiff.between(older.content(), newer.content()));
    }

    private static Version find(List<Version> all, UUID planId, long number, String field) {
        return all.stream().filter(candidate -> candidate.version() == number).findFirst()
                .orElseThrow(() -> DomainException.notFound("Plan " + planId + " has no version " + number
                        + " (" + field + ")").localized("plan.no-such-version", number,
                        all.stream().map(candidate -> String.valueOf(candidate.version())).toList().toString()));
    }

    private static Version version(PlanRevision revision) {
        boolean whole = revision.document() != null;
        return new Version(revision.version(), revision.status(), revision.reason(), revision.changedAt(),
                revision.changedBy(), whole, whole ? revision.document() : fromSnapshot(revision.content()));
    }

    /** What a revision kept before issue 19 still says: no purposes, recipients or signer, task titles cut. */
    private static PlanContent fromSnapshot(PlanSnapshot snapshot) {
        return new PlanContent(snapshot.symbol(), snapshot.type(), snapshot.issuingOrganizationCode(),
                snapshot.issueDate(), null, snapshot.title(), null, null, null,
                snapshot.implementsDirective() == null ? null : link(snapshot.implementsDirective()),
                snapshot.parentPlanId(),
                snapshot.basedOn() == null ? List.of() : snapshot.basedOn().stream().map(PlanVersions::link).toList(),
                snapshot.targets() == null ? List.of() : snapshot.targets(),
                snapshot.tasks() == null ? List.of() : snapshot.tasks().stream().map(task -> new PlanContent.Task(
                        task.id(), task.number(), task.title(), List.of(), List.of(), null, null)).toList(),
                List.of(), List.of(), null, List.of(), null, snapshot.status(), snapshot.statusReason(),
                snapshot.amendedBy() == null ? List.of() : snapshot.amendedBy().stream().map(PlanVersions::link).toList(),
                snapshot.replacedBy() == null ? null : link(snapshot.replacedBy()));
    }

    private static DocumentLink link(PlanSnapshot.DocumentLink link) {
        return new DocumentLink(link.kind(), link.symbol(), link.issueDate(), link.documentId());
    }
}
