package vn.cascade.common.security;

import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.cascade.common.security.OrganizationDirectory.Cessation;
import vn.cascade.common.security.OrganizationDirectory.Predecessor;
import vn.cascade.common.security.OrganizationDirectory.Successor;

/**
 * The chains of successions of a hierarchy kept in the tables {@code organization} and
 * {@code organization_succession}: the same columns in directive-service's registry and in the services' copies,
 * so both directories answer with these queries.
 */
public final class SuccessionChains {

    /** How far a chain is followed; a reorganisation chain is a handful of links. */
    static final int MAX_DEPTH = 32;

    private SuccessionChains() {
    }

    /** Every organisation the one at this path succeeded, transitively, with its (last) path; by code. */
    public static List<Predecessor> predecessors(EntityManager entityManager, String path) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                WITH RECURSIVE back (id, depth) AS (
                    SELECT o.id, 0 FROM organization o WHERE o.path = :path
                    UNION
                    SELECT s.predecessor_id, b.depth + 1
                    FROM organization_succession s JOIN back b ON s.successor_id = b.id
                    WHERE b.depth < :maxDepth)
                SELECT DISTINCT o.code, o.path FROM back b JOIN organization o ON o.id = b.id
                WHERE b.depth > 0 AND o.path <> :path ORDER BY o.code""")
                .setParameter("path", path).setParameter("maxDepth", MAX_DEPTH).getResultList();
        return rows.stream().map(row -> new Predecessor((String) row[0], (String) row[1])).toList();
    }

    /** {@link #predecessors} of the organisation with this code, in one statement (none when the code is unknown). */
    public static List<Predecessor> predecessorsOfCode(EntityManager entityManager, String code) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                WITH RECURSIVE back (id, own, depth) AS (
                    SELECT o.id, o.path, 0 FROM organization o WHERE o.code = :code
                    UNION
                    SELECT s.predecessor_id, b.own, b.depth + 1
                    FROM organization_succession s JOIN back b ON s.successor_id = b.id
                    WHERE b.depth < :maxDepth)
                SELECT DISTINCT o.code, o.path FROM back b JOIN organization o ON o.id = b.id
                WHERE b.depth > 0 AND o.path <> b.own ORDER BY o.code""")
                .setParameter("code", code).setParameter("maxDepth", MAX_DEPTH).getResultList();
        return rows.stream().map(row -> new Predecessor((String) row[0], (String) row[1])).toList();
    }

    /** Empty while the organisation with this code is active or unknown; else when it ceased and who carries it on. */
    public static Optional<Cessation> cessation(EntityManager entityManager, String code) {
        @SuppressWarnings("unchecked")
        List<Object[]> ceased = entityManager.createNativeQuery(
                        "SELECT o.code, o.valid_to FROM organization o WHERE o.code = :code AND NOT o.active")
                .setParameter("code", code).getResultList();
        if (ceased.isEmpty()) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                WITH RECURSIVE forward (id, depth) AS (
                    SELECT o.id, 0 FROM organization o WHERE o.code = :code
                    UNION
                    SELECT s.successor_id, f.depth + 1
                    FROM organization_succession s JOIN forward f ON s.predecessor_id = f.id
                    WHERE f.depth < :maxDepth)
                SELECT DISTINCT o.code, o.name FROM forward f JOIN organization o ON o.id = f.id
                WHERE f.depth > 0 AND o.active ORDER BY o.code""")
                .setParameter("code", code).setParameter("maxDepth", MAX_DEPTH).getResultList();
        return Optional.of(new Cessation(localDate(ceased.getFirst()[1]),
                rows.stream().map(row -> new Successor((String) row[0], (String) row[1])).toList()));
    }

    private static LocalDate localDate(Object value) {
        return switch (value) {
            case null -> null;
            case LocalDate date -> date;
            case Date date -> date.toLocalDate();
            default -> throw new IllegalArgumentException("Not a date: " + value.getClass().getName());
        };
    }
}
