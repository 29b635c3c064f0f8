package vn.cascade.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.organizations.Organization;
import vn.cascade.reporting.domain.Successions;

/**
 * The roll-up and completeness queries. Each aggregates in the database in one statement: the organisations of
 * a subtree (a range on the indexed path), their obligations of one period, their reports' indicator counts,
 * grouped by the subordinate each organisation sits under. Java only receives one row per group.
 */
@ApplicationScoped
public class RollupRepository {

    /**
     * A summed indicator; {@code branch} null for the whole subtree, {@code indicator} null for a branch's reporters.
     * For an indicator, {@code reporters} is how many organisations gave it, and {@code min}, {@code max} the
     * smallest and largest value one gave (the full query only; null from the kept sums).
     */
    public record SumRow(String branch, String indicator, long sum, long reporters, Long min, Long max) {

        public SumRow(String branch, String indicator, long sum, long reporters) {
            this(branch, indicator, sum, reporters, null, null);
        }
    }

    /** Obligation counts; {@code branch} and {@code level} both null for the whole subtree. */
    public record CompletenessRow(String branch, OrganizationLevel level, long due, long submitted, long onTime) {
    }

    public record MissingReport(UUID organizationId, String organizationCode, String organizationName,
            OrganizationLevel level, UUID obligationId, String planSymbol, String recipientCode, LocalDate dueDate,
            String status) {
    }

    private final EntityManager entityManager;

    RollupRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Sums each counted indicator over the subtree, per direct subordinate and in total, from reports in the
     * given statuses. An organisation that answered several obligations of the period (several plans asking the
     * same count) is counted once per indicator, with its latest submitted figure.
     */
    @SuppressWarnings("unchecked")
    public List<SumRow> sums(Subtree subtree, int year, String periodKind, Collection<String> statuses,
            Collection<String> indicators) {
        if (indicators.isEmpty()) {
            return List.of();
        }
        List<String> codes = List.copyOf(indicators);
        List<SumRow> sums = new ArrayList<>();
        for (Object[] row : (List<Object[]>) sumsQuery("", subtree, year, periodKind, statuses, codes)
                .getResultList()) {
            String branch = number(row[0]) == 1 ? null : (String) row[1];
            for (int i = 0; i < codes.size(); i++) {
                int at = 2 + 4 * i;
                if (row[at] != null) {
                    sums.add(new SumRow(branch, codes.get(i), number(row[at]), number(row[at + 1]),
                            number(row[at + 2]), number(row[at + 3])));
                }
            }
            sums.add(new SumRow(branch, null, 0, number(row[2 + 4 * codes.size()])));
        }
        return sums;
    }

    /** The plan and run time of {@link #sums}, for the benchmark: EXPLAIN (ANALYZE, BUFFERS), one line a row. */
    @SuppressWarnings("unchecked")
    List<String> explainSums(Subtree subtree, int year, String periodKind, Collection<String> statuses,
            Collection<String> indicators) {
        return sumsQuery("EXPLAIN (ANALYZE, BUFFERS) ", subtree, year, periodKind, statuses, List.copyOf(indicators))
                .getResultList();
    }

    private Query sumsQuery(String prefix, Subtree subtree, int year, String periodKind, Collection<String> statuses,
            List<String> codes) {
        // One row per organisation (hashed, no sort): for each count, the value of its latest submitted report
        // that has it, as the second element of max([submitted epoch, value]); then the sums per subordinate and
        // in total. Counts are exact in float8 (below 2^53). See docs/benchmarks.md for the shape it replaced.
        StringBuilder latest = new StringBuilder();
        StringBuilder summed = new StringBuilder();
        StringBuilder reported = new StringBuilder();
        for (int i = 0; i < codes.size(); i++) {
            latest.append(",\n       (max(ARRAY[extract(epoch FROM r.submitted_at), CAST(r.indicators ->> :i")
                    .append(i).append(" AS float8)]) FILTER (WHERE r.indicators ->> :i").append(i)
                    .append(" IS NOT NULL))[2] AS v").append(i);
            summed.append(", CAST(sum(v").append(i).append(") AS bigint), count(v").append(i)
                    .append("), CAST(min(v").append(i).append(") AS bigint), CAST(max(v").append(i)
                    .append(") AS bigint)");
            reported.append(i == 0 ? "" : " OR ").append('v').append(i).append(" IS NOT NULL");
        }
        Query query = entityManager.createNativeQuery(prefix + """
                WITH %s, per_organization AS (
                    SELECT u.branch%s
                    FROM units u
                    JOIN reporting_obligation o ON o.organization_id = u.id
                         AND o.period_year = :year AND o.period_kind = :kind
                    JOIN report r ON r.obligation_id = o.id AND r.status IN (:statuses)
                    GROUP BY u.id, u.branch
                )
                SELECT GROUPING(branch), branch%s, count(*) FILTER (WHERE %s)
                FROM per_organization
                GROUP BY GROUPING SETS ((branch), ())
                """.formatted(subtree.unitsSql(false), latest, summed, reported));
        subtree.bind(query).setParameter("year", year).setParameter("kind", periodKind)
                .setParameter("statuses", statuses);
        for (int i = 0; i < codes.size(); i++) {
            query.setParameter("i" + i, codes.get(i));
        }
        return query;
    }

    /**
     * Obligations of the period in the subtree that were due by {@code now} (due date passed) or answered
     * already, how many were ever submitted, and how many were first submitted by the end of their due date:
     * per direct subordinate, per level of the reporting organisation and in total.
     */
    @SuppressWarnings("unchecked")
    public List<CompletenessRow> completeness(Subtree subtree, int year, String periodKind, OffsetDateTime now) {
        Query query = entityManager.createNativeQuery("""
                WITH %s
                SELECT GROUPING(branch), GROUPING(level), branch, level, count(*), count(first_submitted_at),
                       count(*) FILTER (WHERE first_submitted_at < overdue_at)
                FROM (
                    SELECT u.branch, org.level, o.first_submitted_at, o.overdue_at
                    FROM units u
                    JOIN organization org ON org.id = u.id
                    JOIN reporting_obligation o ON o.organization_id = u.id
                         AND o.period_year = :year AND o.period_kind = :kind
                    WHERE o.status <> 'CANCELLED'
                      AND (o.first_submitted_at IS NOT NULL OR o.overdue_at <= :now)
                ) due
                GROUP BY GROUPING SETS ((branch), (level), ())
                """.formatted(subtree.unitsSql(false)));
        subtree.bind(query).setParameter("year", year).setParameter("kind", periodKind)
                .setParameter("now", now);
        return ((List<Object[]>) query.getResultList()).stream().map(row -> new CompletenessRow(
                number(row[0]) == 1 ? null : (String) row[2],
                number(row[1]) == 1 ? null : OrganizationLevel.valueOf((String) row[3]),
                number(row[4]), number(row[5]), number(row[6]))).toList();
    }

    /** Obligations of the period in the subtree past their due date with no report ever submitted, by code. */
    @SuppressWarnings("unchecked")
    public List<MissingReport> missing(Subtree subtree, int year, String periodKind, OffsetDateTime now, int limit) {
        Query query = entityManager.createNativeQuery("""
                WITH %s
                SELECT org.id, org.code, org.name, org.level, o.id AS obligation_id, o.plan_symbol, o.recipient_code,
                       o.due_date, o.status
                FROM units u
                JOIN organization org ON org.id = u.id
                JOIN reporting_obligation o ON o.organization_id = u.id
                     AND o.period_year = :year AND o.period_kind = :kind
                WHERE o.status <> 'CANCELLED' AND o.first_submitted_at IS NULL AND o.overdue_at <= :now
                ORDER BY org.code, o.due_date, o.id
                LIMIT :limit
                """.formatted(subtree.unitsSql(false)));
        subtree.bind(query).setParameter("year", year).setParameter("kind", periodKind)
                .setParameter("now", now).setParameter("limit", limit);
        return ((List<Object[]>) query.getResultList()).stream().map(row -> new MissingReport((UUID) row[0],
                (String) row[1], (String) row[2], OrganizationLevel.valueOf((String) row[3]), (UUID) row[4],
                (String) row[5], (String) row[6], toLocalDate(row[7]), (String) row[8])).toList();
    }

    /**
     * The rows of the drill-down, by code: the organisations counted directly below the subtree's own one (also a
     * split organisation whose successors have it as their nearest common ancestor).
     */
    @SuppressWarnings("unchecked")
    public List<Organization> children(Subtree subtree) {
        Query query = entityManager.createNativeQuery("""
                WITH %s
                SELECT org.* FROM units u JOIN organization org ON org.id = u.id
                ORDER BY org.code
                """.formatted(subtree.unitsSql(true)), Organization.class);
        return subtree.bindChildren(query).getResultList();
    }

    /** Where the organisation sat last during [from, to], from its placements; empty if it had none then. */
    @SuppressWarnings("unchecked")
    public Optional<String> pathDuring(UUID organizationId, LocalDate from, LocalDate to) {
        List<String> paths = entityManager.createNativeQuery("""
                SELECT path FROM organization_placement
                WHERE organization_id = :id AND (valid_from IS NULL OR valid_from <= :to)
                  AND (valid_to IS NULL OR valid_to > :from)
                ORDER BY valid_from DESC NULLS LAST LIMIT 1""")
                .setParameter("id", organizationId).setParameter("from", from).setParameter("to", to)
                .getResultList();
        return paths.stream().findFirst();
    }

    /**
     * Every restructuring link, and the current path of each organisation they name that exists on {@code day}:
     * what {@link Successions#resolve} needs.
     */
    @SuppressWarnings("unchecked")
    public Successions.Input successions(LocalDate day) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT s.predecessor_id, s.successor_id FROM organization_succession s""").getResultList();
        List<Successions.Link> links = rows.stream()
                .map(row -> new Successions.Link((UUID) row[0], (UUID) row[1])).toList();
        Map<UUID, String> paths = new HashMap<>();
        if (!links.isEmpty()) {
            List<Object[]> existing = entityManager.createNativeQuery("""
                    SELECT org.id, org.path FROM organization org
                    WHERE org.id IN (SELECT predecessor_id FROM organization_succession
                                     UNION SELECT successor_id FROM organization_succession)
                      AND (org.valid_from IS NULL OR org.valid_from <= :day)
                      AND (org.valid_to IS NULL OR org.valid_to > :day)""")
                    .setParameter("day", day).getResultList();
            existing.forEach(row -> paths.put((UUID) row[0], (String) row[1]));
        }
        return new Successions.Input(links, paths);
    }

    /**
     * For each organisation, the plans whose targets bind it: the plans it issued itself (the targets it set for
     * its subtree) and the plans that oblige it to report. Revoked plans bind no one.
     */
    @SuppressWarnings("unchecked")
    public Map<UUID, Set<UUID>> bindingPlans(Collection<UUID> organizationIds) {
        Map<UUID, Set<UUID>> plans = new LinkedHashMap<>();
        if (organizationIds.isEmpty()) {
            return plans;
        }
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT DISTINCT bound.organization_id, p.id
                FROM (
                    SELECT issuing_organization_id AS organization_id, id AS plan_id
                    FROM reporting_plan WHERE issuing_organization_id IN (:organizations)
                    UNION
                    SELECT organization_id, plan_id
                    FROM reporting_obligation WHERE organization_id IN (:organizations) AND status <> 'CANCELLED'
                ) bound
                JOIN reporting_plan p ON p.id = bound.plan_id
                WHERE p.status <> 'REVOKED' AND jsonb_array_length(p.targets) > 0""")
                .setParameter("organizations", organizationIds).getResultList();
        for (Object[] row : rows) {
            plans.computeIfAbsent((UUID) row[0], id -> new HashSet<>()).add((UUID) row[1]);
        }
        return plans;
    }

    /** Every indicator code a stored plan target names (as its indicator, numerator or denominator). */
    @SuppressWarnings("unchecked")
    public Set<String> indicatorsNamedByTargets() {
        return new HashSet<>(entityManager.createNativeQuery("""
                SELECT DISTINCT code FROM reporting_plan p
                CROSS JOIN LATERAL jsonb_array_elements(p.targets) AS t(target)
                CROSS JOIN LATERAL (VALUES (t.target ->> 'indicatorCode'), (t.target ->> 'numeratorIndicator'),
                                           (t.target ->> 'denominatorIndicator')) AS named(code)
                WHERE code IS NOT NULL""").getResultList());
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
