package vn.cascade.reporting.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.cascade.reporting.domain.RollupAggregate;
import vn.cascade.reporting.domain.RollupAggregate.Latest;

/**
 * The roll-up aggregates of V7: each organisation's latest accepted counts per period, the sums per node of each
 * hierarchy (sharded), and the state saying which sums are complete. See docs/decisions.md (issue 18).
 */
@ApplicationScoped
public class RollupAggregateRepository {

    /** One summed item of a node: a count or a '#' signature, summed over the shards. */
    public record NodeItem(String nodePath, boolean own, String item, long amount, long contributors) {
    }

    /**
     * Whether sums of a period and hierarchy are complete, and against what.
     *
     * @param extremes the counts aggregated by MIN or MAX whose histograms the sums keep, sorted, comma-separated
     */
    public record State(long hierarchyVersion, LocalDate asOf, String extremes) {
    }

    /** Namespace of the advisory locks that keep acceptances (shared) and a rebuild (exclusive) of a period apart. */
    private static final int LOCK_NAMESPACE = 0x524f4c4c; // "ROLL"

    private final EntityManager entityManager;

    RollupAggregateRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Held by an acceptance until commit: many at once, but not while the period is rebuilt. */
    public void lockPeriodShared(int year, String periodKind) {
        entityManager.createNativeQuery("SELECT CAST(pg_advisory_xact_lock_shared(:ns, :key) AS text)")
                .setParameter("ns", LOCK_NAMESPACE).setParameter("key", periodKey(year, periodKind))
                .getSingleResult();
    }

    /** Held by a rebuild until commit: waits for the acceptances under way. */
    public void lockPeriodExclusive(int year, String periodKind) {
        entityManager.createNativeQuery("SELECT CAST(pg_advisory_xact_lock(:ns, :key) AS text)")
                .setParameter("ns", LOCK_NAMESPACE).setParameter("key", periodKey(year, periodKind))
                .getSingleResult();
    }

    /** Serialises two acceptances of the same organisation and period (their deltas build on each other). */
    public void lockOrganizationPeriod(UUID organizationId, int year, String periodKind) {
        entityManager.createNativeQuery("SELECT CAST(pg_advisory_xact_lock(hashtextextended(:key, 0)) AS text)")
                .setParameter("key", "rollup/" + organizationId + "/" + year + "/" + periodKind)
                .getSingleResult();
    }

    private static int periodKey(int year, String periodKind) {
        return year * 31 + periodKind.hashCode() % 31;
    }

    public long hierarchyVersion() {
        return ((Number) entityManager.createNativeQuery("SELECT version FROM rollup_hierarchy_version")
                .getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    public Optional<State> state(String hierarchy, int year, String periodKind) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT hierarchy_version, as_of, extremes FROM rollup_state
                WHERE hierarchy = :hierarchy AND period_year = :year AND period_kind = :kind""")
                .setParameter("hierarchy", hierarchy).setParameter("year", year).setParameter("kind", periodKind)
                .getResultList();
        return rows.stream().findFirst().map(row -> new State(((Number) row[0]).longValue(), toLocalDate(row[1]),
                (String) row[2]));
    }

    /**
     * {@link #state} of the sums and the hierarchy's {@link #hierarchyVersion} in one statement: what a roll-up
     * checks before reading the sums.
     */
    public record Freshness(long hierarchyVersion, Optional<State> state) {
    }

    @SuppressWarnings("unchecked")
    public Freshness freshness(String hierarchy, int year, String periodKind) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                SELECT v.version, s.hierarchy_version, s.as_of, s.extremes FROM rollup_hierarchy_version v
                LEFT JOIN rollup_state s
                  ON s.hierarchy = :hierarchy AND s.period_year = :year AND s.period_kind = :kind""")
                .setParameter("hierarchy", hierarchy).setParameter("year", year).setParameter("kind", periodKind)
                .getSingleResult();
        return new Freshness(((Number) row[0]).longValue(), row[1] == null ? Optional.empty()
                : Optional.of(new State(((Number) row[1]).longValue(), toLocalDate(row[2]), (String) row[3])));
    }

    /** The periods that have obligations, with the states of their sums: what the rebuild job looks at. */
    @SuppressWarnings("unchecked")
    public List<Object[]> periods() {
        return entityManager.createNativeQuery("""
                SELECT DISTINCT period_year, period_kind FROM reporting_obligation ORDER BY 1, 2""").getResultList();
    }

    /** The organisation's latest counts of the period, by code. */
    @SuppressWarnings("unchecked")
    public Map<String, Latest> latest(UUID organizationId, int year, String periodKind) {
        Map<String, Latest> latest = new LinkedHashMap<>();
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT indicator, value, submitted_at FROM rollup_latest
                WHERE period_year = :year AND period_kind = :kind AND organization_id = :id""")
                .setParameter("year", year).setParameter("kind", periodKind).setParameter("id", organizationId)
                .getResultList();
        for (Object[] row : rows) {
            latest.put((String) row[0], new Latest(((Number) row[1]).longValue(), toOffsetDateTime(row[2])));
        }
        return latest;
    }

    public void saveLatest(UUID organizationId, int year, String periodKind, Map<String, Latest> changed) {
        if (changed.isEmpty()) {
            return;
        }
        List<String> codes = new ArrayList<>(changed.keySet());
        entityManager.createNativeQuery("""
                INSERT INTO rollup_latest (period_year, period_kind, organization_id, indicator, value, submitted_at)
                SELECT :year, :kind, :id, code, value, submitted_at
                FROM unnest(CAST(:codes AS text[]), CAST(:values AS bigint[]), CAST(:times AS timestamptz[]))
                     AS t(code, value, submitted_at)
                ON CONFLICT (period_year, period_kind, organization_id, indicator) DO UPDATE
                    SET value = excluded.value, submitted_at = excluded.submitted_at""")
                .setParameter("year", year).setParameter("kind", periodKind).setParameter("id", organizationId)
                .setParameter("codes", codes.toArray(String[]::new))
                .setParameter("values", codes.stream().map(code -> changed.get(code).value()).toArray(Long[]::new))
                .setParameter("times", codes.stream()
                        .map(code -> Timestamp.from(changed.get(code).submittedAt().toInstant()))
                        .toArray(Timestamp[]::new))
                .executeUpdate();
    }

    /**
     * Adds the deltas to one shard, every row in one statement and in key order, so that two acceptances touching
     * the same rows lock them in the same order (no deadlock).
     */
    public void addDeltas(String hierarchy, int year, String periodKind, int shard, List<RollupAggregate.Delta> deltas) {
        if (deltas.isEmpty()) {
            return;
        }
        entityManager.createNativeQuery("""
                INSERT INTO rollup_sum (hierarchy, period_year, period_kind, node_path, own, item, shard, amount,
                                        contributors)
                SELECT :hierarchy, :year, :kind, node_path, own, item, :shard, amount, contributors
                FROM unnest(CAST(:paths AS text[]), CAST(:own AS boolean[]), CAST(:items AS text[]),
                            CAST(:amounts AS bigint[]), CAST(:contributors AS bigint[]))
                     AS d(node_path, own, item, amount, contributors)
                ORDER BY node_path, own, item
                ON CONFLICT (hierarchy, period_year, period_kind, node_path, own, item, shard) DO UPDATE
                    SET amount = rollup_sum.amount + excluded.amount,
                        contributors = rollup_sum.contributors + excluded.contributors""")
                .setParameter("hierarchy", hierarchy).setParameter("year", year).setParameter("kind", periodKind)
                .setParameter("shard", shard)
                .setParameter("paths", deltas.stream().map(RollupAggregate.Delta::nodePath).toArray(String[]::new))
                .setParameter("own", deltas.stream().map(RollupAggregate.Delta::own).toArray(Boolean[]::new))
                .setParameter("items", deltas.stream().map(RollupAggregate.Delta::item).toArray(String[]::new))
                .setParameter("amounts", deltas.stream().map(RollupAggregate.Delta::amount).toArray(Long[]::new))
                .setParameter("contributors",
                        deltas.stream().map(RollupAggregate.Delta::contributors).toArray(Long[]::new))
                .executeUpdate();
    }

    /**
     * The summed items of a node (its subtree and, when {@code withOwn}, its own row) and of the given child nodes
     * (subtree only), each summed over the shards.
     */
    @SuppressWarnings("unchecked")
    public List<NodeItem> nodes(String hierarchy, int year, String periodKind, String nodePath,
            Collection<String> childPaths) {
        List<String> paths = new ArrayList<>(childPaths);
        paths.add(nodePath);
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT node_path, own, item, CAST(sum(amount) AS bigint), CAST(sum(contributors) AS bigint)
                FROM rollup_sum
                WHERE hierarchy = :hierarchy AND period_year = :year AND period_kind = :kind
                  AND node_path = ANY (CAST(:paths AS text[])) AND (NOT own OR node_path = :node)
                GROUP BY node_path, own, item""")
                .setParameter("hierarchy", hierarchy).setParameter("year", year).setParameter("kind", periodKind)
                .setParameter("paths", paths.toArray(String[]::new)).setParameter("node", nodePath)
                .getResultList();
        return rows.stream().map(row -> new NodeItem((String) row[0], (Boolean) row[1], (String) row[2],
                ((Number) row[3]).longValue(), ((Number) row[4]).longValue())).toList();
    }

    /**
     * Recomputes the period's latest counts from the accepted reports, then its sums in both hierarchies, and
     * records them complete for {@code version} (and {@code today}). Call under {@link #lockPeriodExclusive}.
     *
     * @param carried  organisations gone by today → path they count at today (see Successions)
     * @param extremes the counts aggregated by MIN or MAX, kept with their histograms
     */
    public void rebuild(int year, String periodKind, LocalDate periodStart, LocalDate periodEnd, LocalDate today,
            String carriedJson, long version, List<String> extremes) {
        // The sums group a few million rows by path nationally: with the default 4 MB they spill to disk
        // (docs/benchmarks.md). Only this transaction gets more.
        entityManager.createNativeQuery("SELECT set_config('work_mem', '256MB', true)").getSingleResult();
        entityManager.createNativeQuery("""
                DELETE FROM rollup_latest WHERE period_year = :year AND period_kind = :kind""")
                .setParameter("year", year).setParameter("kind", periodKind).executeUpdate();
        entityManager.createNativeQuery("""
                INSERT INTO rollup_latest (period_year, period_kind, organization_id, indicator, value, submitted_at)
                SELECT DISTINCT ON (o.organization_id, kv.key) :year, :kind, o.organization_id, kv.key,
                       CAST(kv.value AS bigint), r.submitted_at
                FROM reporting_obligation o
                JOIN report r ON r.obligation_id = o.id AND r.status = 'ACCEPTED'
                CROSS JOIN LATERAL jsonb_each_text(r.indicators) AS kv
                WHERE o.period_year = :year AND o.period_kind = :kind AND kv.value IS NOT NULL
                ORDER BY o.organization_id, kv.key, r.submitted_at DESC, CAST(kv.value AS bigint) DESC""")
                .setParameter("year", year).setParameter("kind", periodKind).executeUpdate();
        entityManager.createNativeQuery("""
                DELETE FROM rollup_sum WHERE period_year = :year AND period_kind = :kind""")
                .setParameter("year", year).setParameter("kind", periodKind).executeUpdate();
        // As of the period: each organisation where it sat last during the period (as Subtree's units).
        sumsFrom(PERIOD_UNITS, "PERIOD", year, periodKind, periodStart, periodEnd, null, extremes);
        // Today's: those existing today at their path, the gone ones where their successors carry them.
        sumsFrom(CURRENT_UNITS, "CURRENT", year, periodKind, today, today, carriedJson, extremes);
        recordBuilt(year, periodKind, today, version, extremes);
    }

    /** The state's form of the counts kept with their histograms: sorted, comma-separated. */
    public static String extremesKey(Collection<String> extremes) {
        return String.join(",", new java.util.TreeSet<>(extremes));
    }

    private void recordBuilt(int year, String periodKind, LocalDate today, long version, List<String> extremes) {
        for (String hierarchy : List.of("PERIOD", "CURRENT")) {
            entityManager.createNativeQuery("""
                    INSERT INTO rollup_state (hierarchy, period_year, period_kind, hierarchy_version, as_of, built_at,
                                              extremes)
                    VALUES (:hierarchy, :year, :kind, :version, :asOf, now(), :extremes)
                    ON CONFLICT (hierarchy, period_year, period_kind) DO UPDATE
                        SET hierarchy_version = excluded.hierarchy_version, as_of = excluded.as_of,
                            built_at = excluded.built_at, extremes = excluded.extremes""")
                    .setParameter("hierarchy", hierarchy).setParameter("year", year).setParameter("kind", periodKind)
                    .setParameter("version", version).setParameter("asOf", today)
                    .setParameter("extremes", extremesKey(extremes)).executeUpdate();
        }
    }

    /** Each organisation counted as of a period, where it sat last during the period (as Subtree's units). */
    private static final String PERIOD_UNITS = """
            SELECT p.organization_id AS id, p.path
            FROM organization_placement p
            WHERE (p.valid_from IS NULL OR p.valid_from <= :validTo)
              AND (p.valid_to IS NULL OR p.valid_to > :validFrom)
              AND NOT EXISTS (
                  SELECT 1 FROM organization_placement later
                  WHERE later.organization_id = p.organization_id AND later.valid_from <= :validTo
                    AND later.valid_from > coalesce(p.valid_from, DATE '-infinity'))""";

    /** Today's: those existing today at their path, the gone ones where their successors carry them. */
    private static final String CURRENT_UNITS = """
            SELECT org.id, org.path
            FROM organization org
            WHERE (org.valid_from IS NULL OR org.valid_from <= :validTo)
              AND (org.valid_to IS NULL OR org.valid_to > :validFrom)
            UNION ALL
            SELECT CAST(carried.key AS uuid), carried.value
            FROM jsonb_each_text(CAST(:carried AS jsonb)) AS carried""";

    private void sumsFrom(String unitsSql, String hierarchy, int year, String periodKind, LocalDate from,
            LocalDate to, String carriedJson, List<String> extremes) {
        entityManager.createNativeQuery("""
                DELETE FROM rollup_unit WHERE hierarchy = :hierarchy AND period_year = :year AND period_kind = :kind""")
                .setParameter("hierarchy", hierarchy).setParameter("year", year).setParameter("kind", periodKind)
                .executeUpdate();
        // The units that have counts in the period, where they count: what the sums are made of from now on.
        var units = entityManager.createNativeQuery("""
                WITH units AS (%s)
                INSERT INTO rollup_unit (hierarchy, period_year, period_kind, organization_id, path)
                SELECT :hierarchy, :year, :kind, u.id, u.path FROM units u
                WHERE EXISTS (SELECT 1 FROM rollup_latest l WHERE l.organization_id = u.id AND l.period_year = :year
                                AND l.period_kind = :kind)
                ON CONFLICT DO NOTHING""".formatted(unitsSql))
                .setParameter("hierarchy", hierarchy).setParameter("year", year).setParameter("kind", periodKind)
                .setParameter("validFrom", from).setParameter("validTo", to);
        if (carriedJson != null) {
            units.setParameter("carried", carriedJson);
        }
        units.executeUpdate();
        addContributions(hierarchy, year, periodKind, """
                SELECT organization_id AS id, path, 1 AS sign FROM rollup_unit
                WHERE hierarchy = :hierarchy AND period_year = :year AND period_kind = :kind""", extremes);
    }

    /**
     * Adds (sign 1) or subtracts (sign -1) the latest counts of each unit {@code (id, path, sign)} of
     * {@code signedUnitsSql} to every node above and at its path, in shard 0; for the {@code extremes} (counts
     * aggregated by MIN or MAX) also the unit in its value's histogram item ({@link RollupAggregate#HISTOGRAM}).
     */
    private void addContributions(String hierarchy, int year, String periodKind, String signedUnitsSql,
            List<String> extremes) {
        // Every unit's counts and its signature, added to every prefix of its path (subtree rows) and to its path
        // itself (own row); '/a/b' splits into {'', a, b}, so the prefixes drop 0..n-2 trailing elements.
        entityManager.createNativeQuery("""
                WITH units AS (%s),
                per_unit AS (
                    SELECT u.path, u.sign, l.organization_id, l.indicator, l.value
                    FROM units u
                    JOIN rollup_latest l ON l.organization_id = u.id AND l.period_year = :year
                         AND l.period_kind = :kind
                ),
                items AS (
                    SELECT path, indicator AS item, sign * value AS amount, sign AS contributors FROM per_unit
                    UNION ALL
                    SELECT path, '#' || string_agg(indicator, ',' ORDER BY indicator), sign, sign
                    FROM per_unit GROUP BY path, sign, organization_id
                    UNION ALL
                    SELECT path, '~' || indicator || ':' || value, sign, sign FROM per_unit
                    WHERE indicator = ANY (CAST(:extremes AS text[]))
                )
                INSERT INTO rollup_sum (hierarchy, period_year, period_kind, node_path, own, item, shard, amount,
                                        contributors)
                SELECT :hierarchy, :year, :kind, node.path, node.own, i.item, 0, sum(i.amount), sum(i.contributors)
                FROM items i
                CROSS JOIN LATERAL (
                    SELECT array_to_string(trim_array(string_to_array(i.path, '/'), dropped), '/') AS path,
                           false AS own
                    FROM generate_series(0, cardinality(string_to_array(i.path, '/')) - 2) AS dropped
                    UNION ALL
                    SELECT i.path, true
                ) node
                GROUP BY node.path, node.own, i.item
                ON CONFLICT (hierarchy, period_year, period_kind, node_path, own, item, shard) DO UPDATE
                    SET amount = rollup_sum.amount + excluded.amount,
                        contributors = rollup_sum.contributors + excluded.contributors""".formatted(signedUnitsSql))
                .setParameter("hierarchy", hierarchy).setParameter("year", year).setParameter("kind", periodKind)
                .setParameter("extremes", extremes.toArray(String[]::new))
                .executeUpdate();
    }

    /**
     * Brings the period's sums up to date with the hierarchy by moving only the units whose path changed since they
     * were recorded (a restructuring, or for today's hierarchy a new day): their counts are subtracted at the old
     * path and added at the new one; units that stopped counting are subtracted, new ones added. The latest counts
     * are not recomputed: acceptances keep them. Call under {@link #lockPeriodExclusive}, only for a period whose
     * sums were built (see {@link #state}).
     *
     * @return how many units moved, in both hierarchies
     */
    public int update(int year, String periodKind, LocalDate periodStart, LocalDate periodEnd, LocalDate today,
            String carriedJson, long version, List<String> extremes) {
        entityManager.createNativeQuery("""
                CREATE TEMPORARY TABLE IF NOT EXISTS rollup_moved (id uuid, old_path text, new_path text)
                ON COMMIT DROP""").executeUpdate();
        int moved = moveUnits(PERIOD_UNITS, "PERIOD", year, periodKind, periodStart, periodEnd, null, extremes)
                + moveUnits(CURRENT_UNITS, "CURRENT", year, periodKind, today, today, carriedJson, extremes);
        recordBuilt(year, periodKind, today, version, extremes);
        return moved;
    }

    private int moveUnits(String unitsSql, String hierarchy, int year, String periodKind, LocalDate from,
            LocalDate to, String carriedJson, List<String> extremes) {
        entityManager.createNativeQuery("TRUNCATE rollup_moved").executeUpdate();
        var diff = entityManager.createNativeQuery("""
                WITH units AS (%s),
                fresh AS (
                    SELECT u.id, u.path FROM units u
                    WHERE EXISTS (SELECT 1 FROM rollup_latest l WHERE l.organization_id = u.id
                                    AND l.period_year = :year AND l.period_kind = :kind)
                ),
                recorded AS (
                    SELECT organization_id AS id, path FROM rollup_unit
                    WHERE hierarchy = :hierarchy AND period_year = :year AND period_kind = :kind
                )
                INSERT INTO rollup_moved (id, old_path, new_path)
                SELECT coalesce(f.id, r.id), r.path, f.path
                FROM fresh f FULL JOIN recorded r ON r.id = f.id
                WHERE r.path IS DISTINCT FROM f.path""".formatted(unitsSql))
                .setParameter("hierarchy", hierarchy).setParameter("year", year).setParameter("kind", periodKind)
                .setParameter("validFrom", from).setParameter("validTo", to);
        if (carriedJson != null) {
            diff.setParameter("carried", carriedJson);
        }
        int moved = diff.executeUpdate();
        if (moved == 0) {
            return 0;
        }
        addContributions(hierarchy, year, periodKind, """
                SELECT id, old_path AS path, -1 AS sign FROM rollup_moved WHERE old_path IS NOT NULL
                UNION ALL
                SELECT id, new_path, 1 FROM rollup_moved WHERE new_path IS NOT NULL""", extremes);
        entityManager.createNativeQuery("""
                DELETE FROM rollup_unit u USING rollup_moved m
                WHERE u.hierarchy = :hierarchy AND u.period_year = :year AND u.period_kind = :kind
                  AND u.organization_id = m.id AND m.new_path IS NULL""")
                .setParameter("hierarchy", hierarchy).setParameter("year", year).setParameter("kind", periodKind)
                .executeUpdate();
        entityManager.createNativeQuery("""
                INSERT INTO rollup_unit (hierarchy, period_year, period_kind, organization_id, path)
                SELECT :hierarchy, :year, :kind, id, new_path FROM rollup_moved WHERE new_path IS NOT NULL
                ON CONFLICT (hierarchy, period_year, period_kind, organization_id) DO UPDATE SET path = excluded.path""")
                .setParameter("hierarchy", hierarchy).setParameter("year", year).setParameter("kind", periodKind)
                .executeUpdate();
        return moved;
    }

    /** Where the organisation's counts are added in each hierarchy's sums of the period (hierarchy → path). */
    @SuppressWarnings("unchecked")
    public Map<String, String> unitPaths(UUID organizationId, int year, String periodKind) {
        Map<String, String> paths = new LinkedHashMap<>();
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT hierarchy, path FROM rollup_unit
                WHERE hierarchy IN ('PERIOD', 'CURRENT') AND period_year = :year AND period_kind = :kind
                  AND organization_id = :id""")
                .setParameter("year", year).setParameter("kind", periodKind).setParameter("id", organizationId)
                .getResultList();
        rows.forEach(row -> paths.put((String) row[0], (String) row[1]));
        return paths;
    }

    /** Records where an organisation that had no counts in the period yet adds them. */
    public void saveUnit(String hierarchy, UUID organizationId, int year, String periodKind, String path) {
        entityManager.createNativeQuery("""
                INSERT INTO rollup_unit (hierarchy, period_year, period_kind, organization_id, path)
                VALUES (:hierarchy, :year, :kind, :id, :path) ON CONFLICT DO NOTHING""")
                .setParameter("hierarchy", hierarchy).setParameter("year", year).setParameter("kind", periodKind)
                .setParameter("id", organizationId).setParameter("path", path).executeUpdate();
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static OffsetDateTime toOffsetDateTime(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return (OffsetDateTime) value;
    }
}
