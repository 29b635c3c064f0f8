package vn.cascade.reporting.repository;

import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import vn.cascade.reporting.domain.Successions;

/**
 * The organisations counted and the path each counts at. As of a period ({@code asOfPeriod}): those that
 * existed at some time in [{@code from}, {@code to}], each where it sat last in that period (its latest placement
 * overlapping it). Today's ({@code from} = {@code to} = today): those existing today at their current path, and
 * the organisations gone since at the paths {@code carried} maps them to (their successors'; see
 * {@link Successions}).
 *
 * @param path    the path of the subtree's own organisation in that hierarchy
 * @param carried gone organisation id → path it counts at, only those inside the subtree
 */
public record Subtree(String path, boolean asOfPeriod, LocalDate from, LocalDate to, Map<UUID, String> carried) {

    /** The path segment after the subtree's own path: the id of the direct subordinate, '' for itself. */
    private String branchSql(String pathColumn) {
        return "split_part(substr(" + pathColumn + ", " + (path.length() + 2) + "), '/', 1)";
    }

    /**
     * A CTE {@code units(id, branch)}: one row per organisation counted, with the direct subordinate it counts
     * under ('' for the subtree's own organisation). {@code childrenOnly}: only the direct subordinates, found by
     * their parent (bound by {@link #bindChildren}).
     */
    String unitsSql(boolean childrenOnly) {
        // placements and paths are '/'-separated ids: a range on the path index holds the subtree
        // ('0' follows '/'), rechecked by LIKE; the latest placement in the period wins (NOT EXISTS a later one)
        return asOfPeriod ? """
                units AS (
                    SELECT p.organization_id AS id, %s AS branch
                    FROM organization_placement p
                    WHERE %s
                      AND (p.valid_from IS NULL OR p.valid_from <= :validTo)
                      AND (p.valid_to IS NULL OR p.valid_to > :validFrom)
                      AND NOT EXISTS (
                          SELECT 1 FROM organization_placement later
                          WHERE later.organization_id = p.organization_id AND later.valid_from <= :validTo
                            AND later.valid_from > coalesce(p.valid_from, DATE '-infinity'))
                )""".formatted(branchSql("p.path"), childrenOnly
                        // direct subordinates by the parent index, not by scanning the subtree's range
                        ? "p.parent_id = CAST(:ownId AS uuid) AND p.path = :childPrefix || CAST(p.organization_id AS text)"
                        : "p.path ~>=~ :own AND p.path ~<~ :ownEnd AND (p.path = :own OR p.path LIKE :descendants)")
                : """
                units AS (
                    SELECT org.id, %s AS branch
                    FROM organization org
                    WHERE %s
                      AND (org.valid_from IS NULL OR org.valid_from <= :validTo)
                      AND (org.valid_to IS NULL OR org.valid_to > :validFrom)
                    UNION ALL
                    SELECT CAST(carried.key AS uuid), %s
                    FROM jsonb_each_text(CAST(:carried AS jsonb)) AS carried%s
                )""".formatted(branchSql("org.path"), childrenOnly
                        ? "org.parent_id = CAST(:ownId AS uuid) AND org.path = :childPrefix || CAST(org.id AS text)"
                        : "org.path ~>=~ :own AND org.path ~<~ :ownEnd AND (org.path = :own OR org.path LIKE :descendants)",
                branchSql("carried.value"), childrenOnly ? " WHERE carried.value = :childPrefix || carried.key" : "");
    }

    /** Binds the parameters of {@link #unitsSql}{@code (false)}. */
    Query bind(Query query) {
        // '0' follows '/' in code-point order: [path, path + '0') holds the path and every path below it.
        query.setParameter("own", path).setParameter("ownEnd", path + "0")
                .setParameter("descendants", path + "/%");
        return bindPeriod(query);
    }

    /** Binds the parameters of {@link #unitsSql}{@code (true)}: the subtree's own id instead of its range. */
    Query bindChildren(Query query) {
        query.setParameter("ownId", path.substring(path.lastIndexOf('/') + 1))
                .setParameter("childPrefix", path + "/");
        return bindPeriod(query);
    }

    private Query bindPeriod(Query query) {
        query.setParameter("validFrom", from).setParameter("validTo", to);
        if (!asOfPeriod) {
            query.setParameter("carried", json(carried));
        }
        return query;
    }

    /** {"id": "path", …}; ids and paths hold only hex digits, '-' and '/', which JSON takes as they are. */
    private static String json(Map<UUID, String> carried) {
        StringBuilder json = new StringBuilder("{");
        carried.forEach((id, path) -> json.append(json.length() > 1 ? "," : "").append('"').append(id)
                .append("\":\"").append(path).append('"'));
        return json.append('}').toString();
    }
}
