package vn.cascade.reporting.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.hibernate.jpa.HibernateHints;
import vn.cascade.common.kept.KeptValues;
import vn.cascade.common.kept.TableChanges;
import vn.cascade.common.paging.Page;
import vn.cascade.common.paging.Paging;
import vn.cascade.reporting.domain.Indicator;
import vn.cascade.reporting.domain.IndicatorCatalogue;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<Indicator, String> {

    private static final String[] TABLES = {"indicator", "indicator_alias"};

    private KeptValues<Boolean, IndicatorCatalogue> kept;
    private KeptValues<Boolean, List<String>> keptExtremes;
    private TableChanges changes;

    @Inject
    void keep(TableChanges changes) {
        this.changes = changes;
        kept = changes.keep("indicator catalogue", 1, TABLES);
        keptExtremes = changes.keep("extreme indicator codes", 1, TABLES);
    }

    /** The whole catalogue as it stands in this transaction: what a change of the catalogue checks itself against. */
    public IndicatorCatalogue catalogue() {
        return new IndicatorCatalogue(listAll());
    }

    /**
     * The catalogue for reading (roll-ups, exports): kept between changes of the catalogue, its indicators detached
     * and shared by every request, so never to be changed (a change reads {@link #catalogue()}).
     */
    public IndicatorCatalogue keptCatalogue() {
        return kept.get(Boolean.TRUE, () -> {
            List<Indicator> all = getEntityManager().createQuery("FROM Indicator", Indicator.class)
                    .setHint(HibernateHints.HINT_READ_ONLY, true).getResultList();
            all.forEach(getEntityManager()::detach);
            return new IndicatorCatalogue(all);
        });
    }

    /** {@link #extremeCodes()}, kept between changes of the catalogue. */
    public List<String> keptExtremeCodes() {
        return keptExtremes.get(Boolean.TRUE, () -> List.copyOf(extremeCodes()));
    }

    /** Drops what is kept of the catalogue as soon as the current transaction commits (the others on its notice). */
    public void changedOnCommit() {
        changes.changedOnCommit(TABLES);
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
