package vn.cascade.plan.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.cascade.plan.domain.Plan;
import vn.cascade.plan.domain.PlanStatus;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<Plan, UUID> {

    private static final List<PlanStatus> ANSWERED = List.of(PlanStatus.ISSUED, PlanStatus.AMENDED, PlanStatus.COMPLETED);

    public Optional<Plan> findBySymbol(String symbolKey, LocalDate issueDate) {
        return find("symbolKey = ?1 and issueDate = ?2", symbolKey, issueDate).firstResultOptional();
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

    /** Plans of organisations under {@code pathPrefix} (null: all), drafts only when {@code withDrafts}. */
    public List<Plan> listVisible(String pathPrefix, boolean withDrafts, PlanStatus status, int offset, int limit) {
        return find(visibleQuery(withDrafts, status) + " order by p.issueDate desc nulls last, p.id",
                visibleParameters(pathPrefix, status)).range(offset, offset + limit - 1).list();
    }

    public long countVisible(String pathPrefix, boolean withDrafts, PlanStatus status) {
        return count(visibleQuery(withDrafts, status), visibleParameters(pathPrefix, status));
    }

    private static String visibleQuery(boolean withDrafts, PlanStatus status) {
        String visibility = withDrafts
                ? "(p.status <> 'DRAFT' or p.issuingOrganization.path like :path)"
                : "p.status <> 'DRAFT'";
        return "from Plan p where " + visibility + (status == null ? "" : " and p.status = :status");
    }

    private static io.quarkus.panache.common.Parameters visibleParameters(String pathPrefix, PlanStatus status) {
        io.quarkus.panache.common.Parameters parameters = io.quarkus.panache.common.Parameters
                .with("path", (pathPrefix == null ? "" : pathPrefix) + "%");
        return status == null ? parameters : parameters.and("status", status);
    }
}
