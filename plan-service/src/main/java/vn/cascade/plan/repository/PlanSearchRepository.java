package vn.cascade.plan.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.cascade.common.paging.Page;
import vn.cascade.common.paging.Paging;
import vn.cascade.common.paging.RankedIds;
import vn.cascade.plan.domain.Plan;

/**
 * Full-text search over plans with PostgreSQL: the folded search words against {@code websearch_to_tsquery} in the
 * {@code simple} configuration (no stemming: Vietnamese words are syllables), best match first by {@code ts_rank}.
 * The expression is the one the {@code plan_search} GIN index holds.
 */
@ApplicationScoped
public class PlanSearchRepository {

    /**
     * What to look for; null means "any". {@code words} are already folded. {@code readablePath} is where the caller
     * reads drafts (null: everywhere); {@code issuerPath} keeps plans issued at or below that organisation.
     */
    public record Criteria(String words, String readablePath, String issuerPath, String type, Integer year,
            String status) {
    }

    private static final String DOCUMENT = "to_tsvector('simple', p.search_text)";

    private final EntityManager entityManager;

    PlanSearchRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Page<Plan> search(Criteria criteria, Paging paging) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("words", criteria.words());
        StringBuilder where = new StringBuilder(" FROM plan p JOIN organization issuer ON issuer.id = p.issuing_organization_id"
                + " WHERE " + DOCUMENT + " @@ websearch_to_tsquery('simple', :words)");
        if (criteria.readablePath() != null) {
            where.append(" AND (p.status <> 'DRAFT' OR issuer.path = :readable OR issuer.path LIKE :readableBelow)");
            parameters.put("readable", criteria.readablePath());
            parameters.put("readableBelow", criteria.readablePath() + "/%");
        }
        if (criteria.issuerPath() != null) {
            where.append(" AND (issuer.path = :issuer OR issuer.path LIKE :issuerBelow)");
            parameters.put("issuer", criteria.issuerPath());
            parameters.put("issuerBelow", criteria.issuerPath() + "/%");
        }
        if (criteria.type() != null) {
            where.append(" AND p.type = :type");
            parameters.put("type", criteria.type());
        }
        if (criteria.year() != null) {
            where.append(" AND p.issue_date >= :yearStart AND p.issue_date < :nextYear");
            parameters.put("yearStart", LocalDate.of(criteria.year(), 1, 1));
            parameters.put("nextYear", LocalDate.of(criteria.year() + 1, 1, 1));
        }
        if (criteria.status() != null) {
            where.append(" AND p.status = :status");
            parameters.put("status", criteria.status());
        }
        RankedIds found = RankedIds.page(entityManager, "p.id", where.toString(),
                "ts_rank(" + DOCUMENT + ", websearch_to_tsquery('simple', :words)) DESC, p.issue_date DESC NULLS LAST, p.id",
                parameters, paging);
        List<UUID> ids = found.ids();
        if (ids.isEmpty()) {
            return new Page<>(List.of(), found.total(), paging);
        }
        List<Plan> plans = new ArrayList<>(entityManager.createQuery(
                "from Plan p join fetch p.issuingOrganization where p.id in :ids", Plan.class)
                .setParameter("ids", ids).getResultList());
        plans.sort(Comparator.comparingInt(plan -> ids.indexOf(plan.id)));
        return new Page<>(plans, found.total(), paging);
    }
}
