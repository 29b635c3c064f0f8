package vn.cascade.plan.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;
import vn.cascade.common.paging.Page;
import vn.cascade.common.paging.Paging;
import vn.cascade.plan.domain.Plan;
import vn.cascade.plan.domain.PlanReadStamp;
import vn.cascade.plan.domain.PlanStatus;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<Plan, UUID> {

    private static final List<PlanStatus> ANSWERED = List.of(PlanStatus.ISSUED, PlanStatus.AMENDED, PlanStatus.COMPLETED);

    public Optional<Plan> findBySymbol(String symbolKey, LocalDate issueDate) {
        return find("symbolKey = ?1 and issueDate = ?2", symbolKey, issueDate).firstResultOptional();
    }

    /**
     * The plan with everything its view reads, in one statement and read-only: its issuer, its parent plan (whose
     * targets stand beside its own) and its tasks. One statement is one connection borrowed, and each borrow is
     * validated with a round trip of its own (validate-on-borrow, docs/decisions.md); read-only, Hibernate keeps no
     * snapshot of the entities, whose JSON columns it would otherwise deep-copy (issue 18, docs/benchmarks.md run 6).
     * The plan's columns repeat once a task in the result, which PostgreSQL sends and the driver skips.
     */
    public Optional<Plan> findForView(UUID id) {
        return find("from Plan p join fetch p.issuingOrganization left join fetch p.parentPlan"
                + " left join fetch p.tasks where p.id = ?1", id)
                .withHint(HibernateHints.HINT_READ_ONLY, true)
                .singleResultOptional();
    }

    /** The plan's {@link PlanReadStamp} (without the day), in one statement that reads no document column. */
    public Optional<PlanReadStamp> readStamp(UUID id) {
        List<?> rows = getEntityManager().createNativeQuery("""
                SELECT p.status, o.path, concat_ws('/', p.version, p.updated_at, o.version,
                       coalesce(CAST(pp.version AS text), '-'), coalesce(CAST(d.version AS text), '-'),
                       (SELECT md5(coalesce(string_agg(t.id || ':' || t.version, ',' ORDER BY t.id), ''))
                        FROM plan_task t WHERE t.plan_id = p.id))
                FROM plan p JOIN organization o ON o.id = p.issuing_organization_id
                LEFT JOIN plan pp ON pp.id = p.parent_plan_id
                LEFT JOIN directive d ON d.id = p.implements_directive_id
                WHERE p.id = :id""").setParameter("id", id).getResultList();
        return rows.stream().map(row -> (Object[]) row).findFirst().map(row -> new PlanReadStamp(
                PlanStatus.DRAFT.name().equals(row[0]), (String) row[1], (String) row[2], null));
    }

    /** Plans of any status with this symbol, newest first. */
    public List<Plan> findBySymbol(String symbolKey) {
        return list("symbolKey = ?1 order by issueDate desc", symbolKey);
    }

    /** Issued plans with this symbol, newest first. */
    public List<Plan> findAnsweredBySymbol(String symbolKey) {
        return list("symbolKey = ?1 and status in ?2 order by issueDate desc", symbolKey, ANSWERED);
    }

    /** Every issued plan that implements the directive, oldest first: the cascade. */
    public List<Plan> answering(UUID directiveId) {
        return list("implementsDirectiveId = ?1 and status in ?2 order by issueDate, id", directiveId, ANSWERED);
    }

    /** The organisation's issued plan for the directive, the first it issued. */
    public Optional<Plan> answerOf(UUID organizationId, UUID directiveId) {
        return find("issuingOrganization.id = ?1 and implementsDirectiveId = ?2 and status in ?3 order by issueDate, id",
                organizationId, directiveId, ANSWERED).firstResultOptional();
    }

    /** The issued plans that answer this one. */
    public List<Plan> answersTo(UUID parentPlanId) {
        return list("parentPlan.id = ?1 and status in ?2 order by issuingOrganization.code", parentPlanId, ANSWERED);
    }

    /**
     * The plans in force that rest directly on this one: it is their parent, or they name it as based on (căn cứ)
     * or implemented (thực hiện). Amending, replacing and related links are no resting.
     */
    @SuppressWarnings("unchecked")
    public List<Plan> restingOn(UUID planId) {
        List<UUID> ids = getEntityManager().createNativeQuery("""
                SELECT p.id FROM plan p
                WHERE p.status IN ('ISSUED', 'AMENDED') AND p.id <> :plan
                  AND (p.parent_plan_id = :plan OR p.based_on @> cast(:basedOn AS jsonb)
                       OR p.based_on @> cast(:implementing AS jsonb))""", UUID.class)
                .setParameter("plan", planId)
                .setParameter("basedOn", "[{\"documentId\": \"" + planId + "\", \"kind\": \"BASED_ON\"}]")
                .setParameter("implementing", "[{\"documentId\": \"" + planId + "\", \"kind\": \"IMPLEMENTS\"}]")
                .getResultList();
        return ids.isEmpty() ? List.of() : list("id in ?1 order by issueDate, id", ids);
    }

    /** The plans in force that implement the directive. */
    public List<Plan> implementing(UUID directiveId) {
        return list("implementsDirectiveId = ?1 and status in ?2 order by issueDate, id", directiveId,
                List.of(PlanStatus.ISSUED, PlanStatus.AMENDED));
    }

    /**
     * Plans of organisations under {@code pathPrefix} (null: all), drafts only when {@code withDrafts}; with
     * {@code updatedSince}, only those changed at or after it (revoked ones included), by when they changed.
     */
    public Page<Plan> listVisible(String pathPrefix, boolean withDrafts, PlanStatus status, OffsetDateTime updatedSince,
            Paging paging) {
        Parameters parameters = visibleParameters(pathPrefix, status);
        if (updatedSince != null) {
            parameters.and("updatedSince", updatedSince);
        }
        String query = visibleQuery(withDrafts, status) + (updatedSince == null ? "" : " and p.updatedAt >= :updatedSince");
        // The last index in long arithmetic: a page far beyond the list reads nothing instead of overflowing.
        int last = (int) Math.min((long) paging.offset() + paging.limit() - 1, Integer.MAX_VALUE);
        String order = updatedSince == null ? " order by p.issueDate desc nulls last, p.id" : " order by p.updatedAt, p.id";
        List<Plan> items = find(query + order, parameters).range(paging.offset(), last).list();
        return new Page<>(items, count(query, parameters), paging);
    }

    private static String visibleQuery(boolean withDrafts, PlanStatus status) {
        String visibility = withDrafts
                ? "(p.status <> 'DRAFT' or p.issuingOrganization.path like :path)"
                : "p.status <> 'DRAFT'";
        return "from Plan p where " + visibility + (status == null ? "" : " and p.status = :status");
    }

    private static Parameters visibleParameters(String pathPrefix, PlanStatus status) {
        Parameters parameters = Parameters.with("path", (pathPrefix == null ? "" : pathPrefix) + "%");
        return status == null ? parameters : parameters.and("status", status);
    }
}
