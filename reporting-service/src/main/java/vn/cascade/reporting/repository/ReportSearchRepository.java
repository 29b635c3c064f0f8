package vn.cascade.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.cascade.common.paging.Page;
import vn.cascade.common.paging.Paging;
import vn.cascade.common.paging.RankedIds;
import vn.cascade.reporting.domain.Report;
import vn.cascade.reporting.domain.ReportingObligation;

/**
 * Full-text search over reports with PostgreSQL: the folded words of their narrative against
 * {@code websearch_to_tsquery} in the {@code simple} configuration, best match first by {@code ts_rank}; the
 * expression is the one the {@code report_search} GIN index holds.
 */
@ApplicationScoped
public class ReportSearchRepository {

    /**
     * What to look for; null means "any". {@code words} are already folded. {@code ownCodes} and
     * {@code overseenPaths} say what the caller reads (both null: everything): its own reports in any state, and
     * submitted ones addressed or routed to it or written in a subtree it oversees. {@code subtreePath} keeps the
     * reports of the organisation at that path and those below it.
     */
    public record Criteria(String words, List<String> ownCodes, List<String> overseenPaths, String subtreePath,
            String periodKind, Integer year, String status) {
    }

    /** A report found, with the obligation it answers. */
    public record Found(Report report, ReportingObligation obligation) {
    }

    private static final String DOCUMENT = "to_tsvector('simple', r.search_text)";

    private final EntityManager entityManager;

    ReportSearchRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Page<Found> search(Criteria criteria, Paging paging) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("words", criteria.words());
        StringBuilder where = new StringBuilder(" FROM report r JOIN reporting_obligation o ON o.id = r.obligation_id"
                + " LEFT JOIN organization org ON org.id = o.organization_id"
                + " WHERE " + DOCUMENT + " @@ websearch_to_tsquery('simple', :words)");
        if (criteria.ownCodes() != null) {
            StringBuilder submitted = new StringBuilder("r.recipient_code IN (:own) OR o.via_code IN (:own)");
            List<String> paths = criteria.overseenPaths() == null ? List.of() : criteria.overseenPaths();
            for (int i = 0; i < paths.size(); i++) {
                submitted.append(" OR org.path = :overseen").append(i).append(" OR org.path LIKE :overseenBelow").append(i);
                parameters.put("overseen" + i, paths.get(i));
                parameters.put("overseenBelow" + i, paths.get(i) + "/%");
            }
            where.append(" AND (r.organization_code IN (:own) OR (r.status <> 'DRAFT' AND (").append(submitted).append(")))");
            parameters.put("own", criteria.ownCodes());
        }
        if (criteria.subtreePath() != null) {
            where.append(" AND (org.path = :subtree OR org.path LIKE :subtreeBelow)");
            parameters.put("subtree", criteria.subtreePath());
            parameters.put("subtreeBelow", criteria.subtreePath() + "/%");
        }
        condition(where, parameters, "o.period_kind = :kind", "kind", criteria.periodKind());
        condition(where, parameters, "o.period_year = :year", "year", criteria.year());
        condition(where, parameters, "r.status = :status", "status", criteria.status());
        RankedIds page = RankedIds.page(entityManager, "r.id", where.toString(),
                "ts_rank(" + DOCUMENT + ", websearch_to_tsquery('simple', :words)) DESC, o.period_end DESC, r.id",
                parameters, paging);
        List<UUID> ids = page.ids();
        if (ids.isEmpty()) {
            return new Page<>(List.of(), page.total(), paging);
        }
        Map<UUID, Report> reports = entityManager.createQuery("from Report r where r.id in :ids", Report.class)
                .setParameter("ids", ids).getResultStream().collect(Collectors.toMap(report -> report.id, Function.identity()));
        List<UUID> obligationIds = reports.values().stream().map(report -> report.obligationId).toList();
        Map<UUID, ReportingObligation> obligations = entityManager.createQuery(
                        "from ReportingObligation o where o.id in :ids", ReportingObligation.class)
                .setParameter("ids", obligationIds).getResultStream()
                .collect(Collectors.toMap(obligation -> obligation.id, Function.identity()));
        List<Found> found = new ArrayList<>();
        for (UUID id : ids) {
            Report report = reports.get(id);
            found.add(new Found(report, obligations.get(report.obligationId)));
        }
        return new Page<>(found, page.total(), paging);
    }

    private static void condition(StringBuilder where, Map<String, Object> parameters, String sql, String name,
            Object value) {
        if (value != null) {
            where.append(" AND ").append(sql);
            parameters.put(name, value);
        }
    }
}
