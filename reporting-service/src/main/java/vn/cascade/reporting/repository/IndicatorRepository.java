package vn.cascade.reporting.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import vn.cascade.common.paging.Page;
import vn.cascade.common.paging.Paging;
import vn.cascade.reporting.domain.Indicator;
import vn.cascade.reporting.domain.IndicatorCatalogue;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<Indicator, String> {

    /** The whole catalogue: a few dozen rows, read once per request that needs it. */
    public IndicatorCatalogue catalogue() {
        return new IndicatorCatalogue(listAll());
    }

    /**
     * The codes of the counts aggregated by MIN or MAX, sorted: read as values from the table, never from entities a
     * long session may hold from before an admin's change (the roll-up sums keep histograms for exactly these).
     * Without a result class: given {@code String.class}, Hibernate's query plan cache lookup for this statement
     * degenerated into a scan of colliding keys, comparing their SQL and result mappings (a quarter of a roll-up's
     * time in the profile; issue 18, docs/benchmarks.md run 6), which the statements without one do not show.
     */
    @SuppressWarnings("unchecked")
    public java.util.List<String> extremeCodes() {
        return getEntityManager().createNativeQuery(
                "SELECT code FROM indicator WHERE aggregation IN ('MIN', 'MAX') ORDER BY code").getResultList();
    }

    /** In display order, then by code. */
    public Page<Indicator> page(Paging paging) {
        var query = findAll(Sort.by("position").and("code"));
        return new Page<>(query.range(paging.offset(), paging.offset() + paging.limit() - 1).list(), query.count(),
                paging);
    }
}
