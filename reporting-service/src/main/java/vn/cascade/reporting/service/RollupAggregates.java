package vn.cascade.reporting.service;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;
import vn.cascade.organizations.Organization;
import vn.cascade.organizations.OrganizationRepository;
import vn.cascade.reporting.config.ReportingConfig;
import vn.cascade.reporting.domain.Report;
import vn.cascade.reporting.domain.ReportingObligation;
import vn.cascade.reporting.domain.ReportingPeriod;
import vn.cascade.reporting.domain.RollupAggregate;
import vn.cascade.reporting.domain.RollupHierarchy;
import vn.cascade.reporting.domain.Successions;
import vn.cascade.reporting.repository.IndicatorRepository;
import vn.cascade.reporting.repository.RollupAggregateRepository;
import vn.cascade.reporting.repository.RollupAggregateRepository.NodeItem;
import vn.cascade.reporting.repository.RollupAggregateRepository.State;
import vn.cascade.reporting.repository.RollupRepository;
import vn.cascade.reporting.repository.RollupRepository.SumRow;

/**
 * Roll-up figures kept summed as reports are accepted (issue 18), so that a roll-up reads a handful of rows
 * whatever the size of the subtree:
 * <ul>
 *   <li>on acceptance, in the same transaction: the organisation's latest counts of the period, and the difference
 *       they make added to every node above it in both hierarchies (one shard chosen at random, so concurrent
 *       acceptances do not queue on the national row);</li>
 *   <li>on a roll-up: the node's and its direct subordinates' rows, summed over the shards;</li>
 *   <li>a change of the organisation copy (a restructuring) or a new day (today's hierarchy) makes the sums of every
 *       period stale: roll-ups fall back to the full query until the rebuild job has brought them up to date, moving
 *       only the organisations whose place changed ({@link #update}); a period never built is built whole.</li>
 * </ul>
 * Reports awaiting review ({@code includeSubmitted}) are not aggregated: those roll-ups always run the full query.
 */
@ApplicationScoped
public class RollupAggregates {

    private static final Logger LOG = Logger.getLogger(RollupAggregates.class);

    private final RollupAggregateRepository aggregates;
    private final RollupRepository rollups;
    private final OrganizationRepository organizations;
    private final IndicatorRepository indicators;
    private final ReportingConfig config;
    private final Clock clock;

    RollupAggregates(RollupAggregateRepository aggregates, RollupRepository rollups,
            OrganizationRepository organizations, IndicatorRepository indicators, ReportingConfig config, Clock clock) {
        this.aggregates = aggregates;
        this.indicators = indicators;
        this.rollups = rollups;
        this.organizations = organizations;
        this.config = config;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(config.zone()));
    }

    /** Adds an accepted report to the figures; runs in the acceptance's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void accepted(Report report, ReportingObligation obligation) {
        if (!config.rollup().aggregates()) {
            return;
        }
        int year = obligation.periodYear;
        String kind = obligation.periodKind.name();
        UUID organizationId = obligation.organizationId;
        aggregates.lockPeriodShared(year, kind);
        aggregates.lockOrganizationPeriod(organizationId, year, kind);
        // read under the period's lock: sums built with other MIN/MAX counts are stale (the state says which), and
        // the rebuild that follows waits for this acceptance
        Set<String> extremes = new java.util.HashSet<>(extremes());
        extremes.retainAll(report.indicators.keySet());
        RollupAggregate.Change change = RollupAggregate.accept(aggregates.latest(organizationId, year, kind),
                report.indicators, report.submittedAt, extremes);
        if (change.isEmpty()) {
            return;
        }
        aggregates.saveLatest(organizationId, year, kind, change.replaced());
        int shard = ThreadLocalRandom.current().nextInt(config.rollup().shards());
        ReportingPeriod period = ReportingPeriod.of(obligation.periodKind, year);
        // Where the sums hold the organisation's counts (even while a restructuring has made them stale: the rebuild
        // then moves them); an organisation new to the period's sums counts where the hierarchy puts it.
        Map<String, String> units = aggregates.unitPaths(organizationId, year, kind);
        Optional.ofNullable(units.get(RollupHierarchy.PERIOD.name()))
                .or(() -> newUnit(RollupHierarchy.PERIOD, organizationId, year, kind,
                        rollups.pathDuring(organizationId, period.start(), period.end())))
                .ifPresent(path -> aggregates.addDeltas(RollupHierarchy.PERIOD.name(), year, kind, shard,
                        RollupAggregate.deltas(path, change.itemDeltas())));
        Optional.ofNullable(units.get(RollupHierarchy.CURRENT.name()))
                .or(() -> newUnit(RollupHierarchy.CURRENT, organizationId, year, kind, currentPath(organizationId)))
                .ifPresent(path -> aggregates.addDeltas(RollupHierarchy.CURRENT.name(), year, kind, shard,
                        RollupAggregate.deltas(path, change.itemDeltas())));
    }

    private Optional<String> newUnit(RollupHierarchy hierarchy, UUID organizationId, int year, String kind,
            Optional<String> path) {
        path.ifPresent(found -> aggregates.saveUnit(hierarchy.name(), organizationId, year, kind, found));
        return path;
    }

    /** Where the organisation counts in today's hierarchy: its own path, or where its successors carry it. */
    private Optional<String> currentPath(UUID organizationId) {
        LocalDate today = today();
        Organization organization = organizations.findById(organizationId);
        if (organization != null && (organization.validFrom == null || !organization.validFrom.isAfter(today))
                && (organization.validTo == null || organization.validTo.isAfter(today))) {
            return Optional.of(organization.path);
        }
        return Optional.ofNullable(Successions.resolve(rollups.successions(today)).get(organizationId))
                .map(Successions.Placement::path);
    }

    /**
     * The sums of the subtree in the shape of {@link RollupRepository#sums} (branch null: the whole subtree; ''
     * its own organisation; else a direct subordinate's id), or empty when the aggregates cannot answer: reports
     * awaiting review asked for, or sums not (yet) complete for this hierarchy, version and day.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<List<SumRow>> sums(RollupSubtrees.Covered covered, ReportingPeriod period,
            boolean includeSubmitted, Collection<String> counts, List<Organization> children) {
        if (includeSubmitted || !config.rollup().aggregates()) {
            return Optional.empty();
        }
        String hierarchy = covered.hierarchy().name();
        String kind = period.kind().name();
        RollupAggregateRepository.Freshness freshness = aggregates.freshness(hierarchy, period.year(), kind);
        Optional<State> state = freshness.state();
        List<String> kept = indicators.keptExtremeCodes(); // a read: kept between changes of the catalogue
        if (state.isEmpty() || state.get().hierarchyVersion() != freshness.hierarchyVersion()
                || covered.hierarchy() == RollupHierarchy.CURRENT && !state.get().asOf().equals(today())
                || !state.get().extremes().equals(RollupAggregateRepository.extremesKey(kept))) {
            return Optional.empty();
        }
        String path = covered.subtree().path();
        Map<String, String> branchOfPath = new HashMap<>();
        for (Organization child : children) {
            branchOfPath.put(path + "/" + child.id, child.id.toString());
        }
        Map<String, RollupAggregate.Branch> branches = new HashMap<>();
        for (NodeItem item : aggregates.nodes(hierarchy, period.year(), kind, path, branchOfPath.keySet())) {
            String branch = item.nodePath().equals(path)
                    ? (item.own() ? RollupSubtrees.OWN : null)
                    : branchOfPath.get(item.nodePath());
            branches.computeIfAbsent(branch == null ? TOTAL : branch, key -> new RollupAggregate.Branch())
                    .add(item.item(), item.amount(), item.contributors());
        }
        List<SumRow> rows = new ArrayList<>();
        branches.forEach((branch, figures) -> {
            if (figures.isEmpty()) {
                return;
            }
            String name = TOTAL.equals(branch) ? null : branch;
            figures.sums(counts).forEach((code, sum) -> rows.add(kept.contains(code)
                    ? new SumRow(name, code, sum, figures.contributors(code), figures.extreme(code, true),
                            figures.extreme(code, false))
                    : new SumRow(name, code, sum, figures.contributors(code))));
            rows.add(new SumRow(name, null, 0, figures.reporters(counts)));
        });
        return Optional.of(rows);
    }

    /** A key no branch id or '' takes. */
    private static final String TOTAL = "*";

    /** Recomputes every period's sums that are stale; returns how many periods it rebuilt. */
    public int rebuildStale() {
        if (!config.rollup().aggregates()) {
            return 0;
        }
        int rebuilt = 0;
        for (Object[] row : aggregates.periods()) {
            int year = ((Number) row[0]).intValue();
            String kind = (String) row[1];
            if (stale(year, kind)) {
                ReportingPeriod period = ReportingPeriod.of(
                        vn.cascade.common.events.ReportingPeriodKind.valueOf(kind), year);
                if (built(year, kind)) {
                    update(period);
                } else {
                    rebuild(period);
                }
                rebuilt++;
            }
        }
        return rebuilt;
    }

    private boolean stale(int year, String kind) {
        long version = aggregates.hierarchyVersion();
        LocalDate today = today();
        String extremes = RollupAggregateRepository.extremesKey(extremes());
        for (RollupHierarchy hierarchy : RollupHierarchy.values()) {
            Optional<State> state = aggregates.state(hierarchy.name(), year, kind);
            if (state.isEmpty() || state.get().hierarchyVersion() != version || !state.get().asOf().equals(today)
                    || !state.get().extremes().equals(extremes)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the period's sums were built once in both hierarchies, with the histograms of the counts aggregated
     * by MIN or MAX today: then a restructuring only moves units. A count's aggregation changed to or from MIN or
     * MAX since (an admin's change) needs the period built whole.
     */
    private boolean built(int year, String kind) {
        String extremes = RollupAggregateRepository.extremesKey(extremes());
        for (RollupHierarchy hierarchy : RollupHierarchy.values()) {
            Optional<State> state = aggregates.state(hierarchy.name(), year, kind);
            if (state.isEmpty() || !state.get().extremes().equals(extremes)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Brings one period's sums up to date with the organisation copy by moving only the organisations whose place
     * changed (the branches a restructuring touches), while acceptances of that period wait: the same sums as
     * {@link #rebuild}, in time that grows with what moved rather than with the country.
     *
     * @return how many organisations moved, over both hierarchies
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @TransactionConfiguration(timeout = 1800)
    public int update(ReportingPeriod period) {
        long started = System.nanoTime();
        String kind = period.kind().name();
        aggregates.lockPeriodExclusive(period.year(), kind);
        long version = aggregates.hierarchyVersion();
        LocalDate today = today();
        int moved = aggregates.update(period.year(), kind, period.start(), period.end(), today, carriedJson(today),
                version, extremes());
        LOG.infof("Roll-up aggregates of %s updated in %d ms (%d organisations moved)", period,
                (System.nanoTime() - started) / 1_000_000, moved);
        return moved;
    }

    /** Every count aggregated by MIN or MAX: the sums keep their histograms. */
    private List<String> extremes() {
        return indicators.extremeCodes();
    }

    private String carriedJson(LocalDate today) {
        StringBuilder carried = new StringBuilder("{");
        Successions.resolve(rollups.successions(today)).forEach((id, placement) -> carried
                .append(carried.length() > 1 ? "," : "").append('"').append(id).append("\":\"")
                .append(placement.path()).append('"'));
        return carried.append('}').toString();
    }

    /**
     * Recomputes one period's latest counts and sums from the accepted reports and the organisation copy, while
     * acceptances of that period wait.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @TransactionConfiguration(timeout = 1800) // a national period takes seconds; under load, or at 600,000, minutes
    public void rebuild(ReportingPeriod period) {
        long started = System.nanoTime();
        String kind = period.kind().name();
        aggregates.lockPeriodExclusive(period.year(), kind);
        long version = aggregates.hierarchyVersion();
        LocalDate today = today();
        aggregates.rebuild(period.year(), kind, period.start(), period.end(), today, carriedJson(today), version,
                extremes());
        LOG.infof("Roll-up aggregates of %s rebuilt in %d ms", period, (System.nanoTime() - started) / 1_000_000);
    }
}
