package vn.cascade.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import vn.cascade.common.domain.DomainException;
import vn.cascade.common.events.ReportingPeriodKind;
import vn.cascade.organizations.Organization;
import vn.cascade.reporting.domain.Indicator;
import vn.cascade.reporting.domain.IndicatorCatalogue;
import vn.cascade.reporting.domain.Indicators;
import vn.cascade.reporting.domain.ReportStatus;
import vn.cascade.reporting.domain.ReportingPeriod;
import vn.cascade.reporting.domain.RollupFigures;
import vn.cascade.reporting.domain.RollupFigures.Figure;
import vn.cascade.reporting.domain.RollupFigures.Given;
import vn.cascade.reporting.domain.RollupFigures.TargetInForce;
import vn.cascade.reporting.domain.RollupHierarchy;
import vn.cascade.reporting.repository.IndicatorRepository;
import vn.cascade.reporting.repository.ReportingPlanRepository;
import vn.cascade.reporting.repository.ReportingPlanRepository.PlanTargets;
import vn.cascade.reporting.repository.RollupRepository;
import vn.cascade.reporting.repository.RollupRepository.SumRow;

/**
 * Roll-ups (tổng hợp) of an organisation's subtree for one period: indicator values summed from the reports,
 * rates recomputed from the sums, each compared with the targets in force. A caller reads the roll-ups of its own
 * organisation and of what lies below it; an admin reads every one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RollupService {

    /**
     * The parameters of a request, typed by common's query parameter converters.
     *
     * @param organization code, null for the caller's own
     * @param indicators   comma-separated codes, null for all
     * @param hierarchy    null for {@link RollupHierarchy#PERIOD}
     */
    public record Request(String organization, ReportingPeriodKind periodKind, Integer year, String indicators,
            Boolean includeSubmitted, RollupHierarchy hierarchy) {
    }

    /**
     * @param reportingOrganizations how many organisations gave at least one of the counts
     * @param splitInto              for an organisation split since the period and shown under the nearest common
     *                               ancestor of its successors (today's hierarchy): those successors; else empty
     */
    public record Row(RollupUnit organization, long reportingOrganizations, List<Figure> figures,
            List<RollupUnit> splitInto) {
    }

    /**
     * @param own          the organisation's own reports, null when it reported nothing itself
     * @param subordinates one row per direct subordinate, by code, also those without reports
     */
    public record Rollup(RollupUnit organization, ReportingPeriod period, RollupHierarchy hierarchy,
            boolean includeSubmitted, List<String> indicators, Row total, Row own, List<Row> subordinates) {
    }

    /** The branch of the sums over the whole subtree. */
    private static final String TOTAL = "*";

    private final RollupRepository rollups;
    private final RollupSubtrees subtrees;
    private final ReportingPlanRepository plans;
    private final IndicatorRepository catalogue;
    private final RollupAggregates aggregates;

    RollupService(RollupRepository rollups, RollupSubtrees subtrees, ReportingPlanRepository plans,
            IndicatorRepository catalogue, RollupAggregates aggregates) {
        this.rollups = rollups;
        this.aggregates = aggregates;
        this.subtrees = subtrees;
        this.plans = plans;
        this.catalogue = catalogue;
    }

    public Rollup rollup(Request request) {
        ReportingPeriod period = RollupSubtrees.period(request.periodKind(), request.year());
        IndicatorCatalogue known = catalogue.keptCatalogue();
        List<String> indicators = indicators(request.indicators(), known, period);
        boolean includeSubmitted = Boolean.TRUE.equals(request.includeSubmitted());
        RollupSubtrees.Covered covered = subtrees.resolve(request.organization(), period, request.hierarchy());
        Organization organization = covered.organization();
        List<String> statuses = includeSubmitted
                ? List.of(ReportStatus.ACCEPTED.name(), ReportStatus.SUBMITTED.name())
                : List.of(ReportStatus.ACCEPTED.name());

        List<Organization> children = rollups.children(covered.subtree());
        List<UUID> bound = new ArrayList<>(children.stream().map(child -> child.id).toList());
        bound.add(organization.id);
        Map<UUID, List<TargetInForce>> targets = targetsInForce(bound);
        Set<String> counts = new LinkedHashSet<>(known.countsNeeded(indicators));
        // a target measured by its own numerator and denominator needs them summed too
        counts.addAll(RollupFigures.ownPartsNeeded(targets.values().stream().flatMap(List::stream).toList(),
                indicators, known));
        // The kept sums when they can answer (issue 18; MIN/MAX counts from the histograms kept beside them), else
        // the full query over every report below.
        List<SumRow> rows = aggregates.sums(covered, period, includeSubmitted, counts, children)
                .orElseGet(() -> rollups.sums(covered.subtree(), period.year(), period.kind().name(), statuses,
                        counts));
        Map<String, Map<String, Given>> sums = new HashMap<>();
        Map<String, Long> reporters = new HashMap<>();
        for (SumRow row : rows) {
            String branch = row.branch() == null ? TOTAL : row.branch();
            if (row.indicator() == null) {
                reporters.put(branch, row.reporters());
            } else {
                Long extreme = known.find(row.indicator())
                        .map(indicator -> indicator.aggregation == Indicator.Aggregation.MIN ? row.min() : row.max())
                        .orElse(null);
                sums.computeIfAbsent(branch, key -> new HashMap<>()).put(row.indicator(),
                        new Given(row.sum(), row.reporters(), extreme));
            }
        }
        Map<UUID, List<RollupUnit>> splitInto = subtrees.splitInto(children, covered);
        Figures figures = new Figures(sums, reporters, targets, indicators, period, known);
        Row total = figures.row(organization, TOTAL, List.of());
        Row own = sums.containsKey(RollupSubtrees.OWN)
                ? figures.row(organization, RollupSubtrees.OWN, List.of())
                : null;
        List<Row> subordinates = children.stream().map(child -> figures.row(child, child.id.toString(),
                splitInto.getOrDefault(child.id, List.of()))).toList();
        return new Rollup(RollupUnit.of(organization), period, covered.hierarchy(), includeSubmitted, indicators,
                total, own, subordinates);
    }

    /** What every row of one roll-up is computed from. */
    private record Figures(Map<String, Map<String, Given>> sums, Map<String, Long> reporters,
            Map<UUID, List<TargetInForce>> targets, List<String> indicators, ReportingPeriod period,
            IndicatorCatalogue catalogue) {

        Row row(Organization organization, String branch, List<RollupUnit> splitInto) {
            return new Row(RollupUnit.of(organization), reporters.getOrDefault(branch, 0L),
                    RollupFigures.figuresOf(indicators, sums.getOrDefault(branch, Map.of()),
                            targets.getOrDefault(organization.id, List.of()), period, catalogue), splitInto);
        }
    }

    private Map<UUID, List<TargetInForce>> targetsInForce(List<UUID> organizationIds) {
        Map<UUID, Set<UUID>> binding = rollups.bindingPlans(organizationIds);
        Set<UUID> planIds = new LinkedHashSet<>();
        binding.values().forEach(planIds::addAll);
        Map<UUID, PlanTargets> byId = planIds.isEmpty() ? Map.of() : plans.targets(planIds);
        Map<UUID, List<TargetInForce>> targets = new HashMap<>();
        binding.forEach((organizationId, ids) -> ids.stream().map(byId::get).filter(Objects::nonNull)
                .sorted(Comparator.comparing(PlanTargets::symbol))
                .forEach(plan -> plan.targets().forEach(target -> targets
                        .computeIfAbsent(organizationId, key -> new ArrayList<>())
                        .add(new TargetInForce(plan.symbol(), target)))));
        return targets;
    }

    /**
     * Comma-separated codes, each an indicator of the catalogue (or an alias of one, shown under its own code) or
     * one a plan's target names; none: every indicator in use in the period's year.
     */
    private List<String> indicators(String value, IndicatorCatalogue catalogue, ReportingPeriod period) {
        if (value == null || value.isBlank()) {
            return catalogue.defaults(period.year());
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                codes.add(catalogue.canonical(part.strip().toUpperCase(Locale.ROOT)));
            }
        }
        Set<String> named = null;
        List<String> unknown = new ArrayList<>();
        for (String code : codes) {
            if (catalogue.knows(code)) {
                continue;
            }
            if (named == null) {
                named = rollups.indicatorsNamedByTargets();
            }
            if (!Indicators.isCode(code) || !named.contains(code)) {
                unknown.add(code);
            }
        }
        if (!unknown.isEmpty()) {
            throw DomainException.invalid("indicators", "unknown indicator " + String.join(", ", unknown)
                    + "; known: the catalogue's " + catalogue.all().stream().map(indicator -> indicator.code).toList()
                    + " and indicators named by plan targets");
        }
        if (codes.isEmpty()) {
            throw DomainException.invalid("indicators", "name at least one indicator, or leave it out for all",
                    "rollup.no-indicator");
        }
        return List.copyOf(codes);
    }
}
