package vn.cascade.common.paging;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One page of a native full-text search: the ids in rank order and the total, from one {@code FROM … WHERE …} and
 * its parameters, shared by the plan and report searches. The caller loads the entities of the ids.
 */
public record RankedIds(List<UUID> ids, long total) {

    /**
     * @param idColumn the id selected, e.g. {@code p.id}
     * @param from     {@code " FROM … WHERE …"}, with named parameters
     * @param orderBy  the ranking, e.g. {@code ts_rank(…) DESC, p.id}
     */
    @SuppressWarnings("unchecked")
    public static RankedIds page(EntityManager entityManager, String idColumn, String from, String orderBy,
            Map<String, Object> parameters, Paging paging) {
        Query ranked = entityManager.createNativeQuery(
                "SELECT " + idColumn + from + " ORDER BY " + orderBy + " LIMIT :limit OFFSET :offset", UUID.class);
        Query count = entityManager.createNativeQuery("SELECT count(*)" + from);
        parameters.forEach((name, value) -> {
            ranked.setParameter(name, value);
            count.setParameter(name, value);
        });
        ranked.setParameter("limit", paging.limit()).setParameter("offset", paging.offset());
        List<UUID> ids = ranked.getResultList();
        return new RankedIds(ids, ((Number) count.getSingleResult()).longValue());
    }
}
