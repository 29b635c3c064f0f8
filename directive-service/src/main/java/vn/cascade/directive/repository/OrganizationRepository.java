package vn.cascade.directive.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.cascade.common.domain.DomainException;
import vn.cascade.common.events.OrganizationKind;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.paging.Page;
import vn.cascade.common.paging.Paging;
import vn.cascade.common.security.OrganizationDirectory;
import vn.cascade.common.security.SuccessionChains;
import vn.cascade.common.text.VietnameseText;
import vn.cascade.directive.domain.Organization;
import vn.cascade.directive.domain.Placed;
import vn.cascade.directive.domain.Succession;

@ApplicationScoped
public class OrganizationRepository implements PanacheRepositoryBase<Organization, UUID>, OrganizationDirectory {

    /** The next {@code limit} organisation ids after {@code after} (null: from the first), in id order. */
    public List<UUID> idsAfter(UUID after, int limit) {
        return (after == null ? find("select id from Organization order by id")
                : find("select id from Organization where id > ?1 order by id", after))
                .project(UUID.class).page(0, limit).list();
    }


    /** Distinct from the outbox relay's lock (0x...6501). */
    private static final long HIERARCHY_LOCK = 0x6361736361646510L;

    /**
     * Serialises changes to the shape of the hierarchy until the transaction ends. A move rewrites the paths
     * of a subtree it has read; without this, a child registered meanwhile under a moved organisation would
     * keep the old path, and a child registered under one being deactivated would outlive its parent.
     * Call it before reading anything the change depends on.
     */
    public void lockHierarchy() {
        getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(:lock)")
                .setParameter("lock", HIERARCHY_LOCK).getSingleResult();
    }

    public Optional<Organization> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    @Override
    public Optional<Place> placeOf(String organizationCode) {
        return findByCode(organizationCode).map(organization -> new Place(organization.path, organization.kind));
    }

    @Override
    public List<Predecessor> predecessorsAt(String organizationPath) {
        return SuccessionChains.predecessors(getEntityManager(), organizationPath);
    }

    @Override
    public Optional<Cessation> cessationOf(String organizationCode) {
        return SuccessionChains.cessation(getEntityManager(), organizationCode);
    }

    public Map<String, Organization> findByCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return list("code in ?1", codes).stream().collect(Collectors.toMap(o -> o.code, o -> o));
    }

    public List<Organization> children(Organization parent) {
        return list("parentId", Sort.by("code"), parent.id);
    }

    public long countActiveChildren(Organization parent) {
        return count("parentId = ?1 and active = true", parent.id);
    }

    /** Everything strictly below {@code root}. */
    public List<Organization> descendants(Organization root) {
        return list("path like ?1", root.path + "/%");
    }

    /** What moves with {@code root}: the descendants that have not ceased. */
    public List<Organization> activeDescendants(Organization root) {
        return descendants(root).stream().filter(descendant -> descendant.active).toList();
    }

    /** The organisation with this id; not found otherwise. */
    public Organization require(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> DomainException.notFound("No organisation with id " + id)
                .localized("organization.not-found-id", id));
    }

    private static final String COVERS = " p.valid_from <= :asOf AND (p.valid_to IS NULL OR p.valid_to > :asOf)";

    /** The organisations directly below {@code parentId} on {@code asOf}, by code. */
    public List<Placed> childrenOn(UUID parentId, LocalDate asOf) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT p.organization_id, p.parent_id, p.path FROM organization_placement p
                JOIN organization o ON o.id = p.organization_id
                WHERE p.parent_id = :parentId AND""" + COVERS + " ORDER BY o.code")
                .setParameter("parentId", parentId).setParameter("asOf", asOf).getResultList();
        return placed(rows);
    }

    /** The organisation at {@code path} on {@code asOf} and everything below it then, in path order. */
    public Page<Placed> subtreeOn(String path, LocalDate asOf, Paging paging) {
        String where = " FROM organization_placement p WHERE (p.path = :path OR p.path LIKE :below) AND" + COVERS;
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(
                        "SELECT p.organization_id, p.parent_id, p.path" + where + " ORDER BY p.path LIMIT :limit OFFSET :offset")
                .setParameter("path", path).setParameter("below", path + "/%").setParameter("asOf", asOf)
                .setParameter("limit", paging.limit()).setParameter("offset", paging.offset()).getResultList();
        long total = ((Number) getEntityManager().createNativeQuery("SELECT count(*)" + where)
                .setParameter("path", path).setParameter("below", path + "/%").setParameter("asOf", asOf)
                .getSingleResult()).longValue();
        return new Page<>(placed(rows), total, paging);
    }

    private List<Placed> placed(List<Object[]> rows) {
        Map<UUID, Organization> byId = byId(rows.stream().map(row -> (UUID) row[0]).toList());
        return rows.stream().map(row -> new Placed(byId.get((UUID) row[0]), (UUID) row[1], (String) row[2])).toList();
    }

    /** The organisations with these ids, in the order given. */
    public List<Organization> inOrder(List<UUID> ids) {
        Map<UUID, Organization> byId = byId(ids);
        return ids.stream().map(byId::get).toList();
    }

    private Map<UUID, Organization> byId(Collection<UUID> ids) {
        return ids.isEmpty() ? Map.of()
                : list("id in ?1", ids).stream().collect(Collectors.toMap(o -> o.id, o -> o));
    }

    /** The succession links leaving these organisations (as predecessors), with both sides loaded. */
    public List<Succession> successionsFrom(Collection<UUID> predecessorIds) {
        return getEntityManager().createQuery("""
                SELECT s FROM Succession s JOIN FETCH s.predecessor JOIN FETCH s.successor
                WHERE s.predecessor.id IN :ids ORDER BY s.effective, s.successor.code""", Succession.class)
                .setParameter("ids", predecessorIds).getResultList();
    }

    /** The succession links arriving at these organisations (as successors), with both sides loaded. */
    public List<Succession> successionsTo(Collection<UUID> successorIds) {
        return getEntityManager().createQuery("""
                SELECT s FROM Succession s JOIN FETCH s.predecessor JOIN FETCH s.successor
                WHERE s.successor.id IN :ids ORDER BY s.effective, s.predecessor.code""", Succession.class)
                .setParameter("ids", successorIds).getResultList();
    }

    /** Filters of a search; null means "any". */
    public record Criteria(String code, String text, OrganizationLevel level, OrganizationKind kind, Boolean active) {
    }

    /**
     * Every word of {@code text} must begin a word of the name, the short name or the code, ignoring case and
     * diacritics; ordered by folded name, then code.
     */
    public Page<Organization> search(Criteria criteria, Paging paging) {
        StringBuilder where = new StringBuilder(" WHERE true");
        Map<String, Object> parameters = new HashMap<>();
        if (criteria.code() != null) {
            where.append(" AND code = :code");
            parameters.put("code", criteria.code());
        }
        String query = prefixQuery(criteria.text());
        if (query != null) {
            // A cast, not to_tsquery: its parser would read "8e3a7670" as the number 8e3 followed by a word.
            where.append(" AND search_vector @@ CAST(:query AS tsquery)");
            parameters.put("query", query);
        }
        if (criteria.level() != null) {
            where.append(" AND level = :level");
            parameters.put("level", criteria.level().name());
        }
        if (criteria.kind() != null) {
            where.append(" AND kind = :kind");
            parameters.put("kind", criteria.kind().name());
        }
        if (criteria.active() != null) {
            where.append(" AND active = :active");
            parameters.put("active", criteria.active());
        }
        Query count = getEntityManager().createNativeQuery("SELECT count(*) FROM organization" + where);
        Query page = getEntityManager().createNativeQuery(
                "SELECT * FROM organization" + where + " ORDER BY name_folded, code LIMIT :limit OFFSET :offset",
                Organization.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            page.setParameter(name, value);
        });
        page.setParameter("limit", paging.limit()).setParameter("offset", paging.offset());
        @SuppressWarnings("unchecked")
        List<Organization> items = new ArrayList<>(page.getResultList());
        return new Page<>(items, ((Number) count.getSingleResult()).longValue(), paging);
    }

    /**
     * {@code "Tỉnh ủy Quảng-Trị"} → {@code "tinh:* & uy:* & quang:* & tri:*"}: only letters and digits reach
     * the tsquery, so no input can break its syntax. Null when there is no word to look for.
     */
    static String prefixQuery(String text) {
        if (text == null) {
            return null;
        }
        List<String> words = Arrays.stream(VietnameseText.fold(text).split("[^a-z0-9]+"))
                .filter(word -> !word.isEmpty()).toList();
        return words.isEmpty() ? null : words.stream().map(word -> word + ":*").collect(Collectors.joining(" & "));
    }
}
