package vn.cascade.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.cascade.common.domain.DomainException;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.events.ReportingPeriodKind;
import vn.cascade.organizations.Organization;
import vn.cascade.organizations.OrganizationRepository;
import vn.cascade.reporting.config.ReportingConfig;
import vn.cascade.reporting.domain.Completeness;
import vn.cascade.reporting.domain.Rates;
import vn.cascade.reporting.domain.ReportStatus;
import vn.cascade.reporting.domain.ReportingPeriod;
import vn.cascade.reporting.domain.ReportingPlan;
import vn.cascade.reporting.domain.RollupFigures;
import vn.cascade.reporting.domain.RollupFigures.Figure;
import vn.cascade.reporting.domain.RollupFigures.TargetInForce;
import vn.cascade.reporting.domain.Successions;
import vn.cascade.reporting.repository.ReportingPlanRepository;
import vn.cascade.reporting.repository.RollupRepository;
import vn.cascade.reporting.repository.RollupRepository.Subtree;
import vn.cascade.reporting.repository.RollupRepository.SumRow;

/**
 * Roll-ups (tổng hợp) and reporting discipline (đầy đủ, kịp thời) of an organisation's subtree for one period.
 * A caller reads the roll-ups of its own organisation and of what lies below it; an admin reads every one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RollupService {

    /** Most organisations listed as not having reported; the table's counts always cover all of them. */
    public static final int MISSING_LIMIT = 1000;

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,59}");

    /** Which hierarchy the figures are summed over. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "RollupHierarchy")
    public enum Hierarchy {
        /** the organisations that existed during the period (default) */
        PERIOD,
        /** the organisations that exist today */
        CURRENT
    }

    /**
     * The parameters of a request, typed by common's query parameter converters.
     *
     * @param organization code, null for the caller's own
     * @param indicators   comma-separated codes, null for all
     * @param hierarchy    null for {@link Hierarchy#PERIOD}
     */
    public record Request(String organization, ReportingPeriodKind periodKind, Integer year, String indicators,
            Boolean includeSubmitted, Hierarchy hierarchy) {
    }

    public record Unit(UUID id, String code, String name, OrganizationLevel level) {
        static Unit of(Organization organization) {
            return new Unit(organization.id, organization.code, organization.name, organization.level);
        }
    }

    /**
     * @param reportingOrganizations how many organisations gave at least one of the counts
     * @param splitInto              for an organisation split since the period and shown under the nearest common
     *                               ancestor of its successors (today's hierarchy): those successors; else empty
     */
    public record Row(Unit organization, long reportingOrganizations, List<Figure> figures, List<Unit> splitInto) {
    }

    /**
     * @param own          the organisation's own reports, null when it reported nothing itself
     * @param subordinates one row per direct subordinate, by code, also those without reports
     */
    public record Rollup(Unit organization, ReportingPeriod period, Hierarchy hierarchy, boolean includeSubmitted,
            List<String> indicators, Row total, Row own, List<Row> subordinates) {
    }

    public record CompletenessRow(Unit organization, OrganizationLevel level, Completeness figures) {
    }

    public record CompletenessTable(Unit organization, ReportingPeriod period, Hierarchy hierarchy,
            OffsetDateTime asOf, Completeness total, CompletenessRow own, List<CompletenessRow> subordinates,
            List<CompletenessRow> levels, List<RollupRepository.MissingReport> notReported) {
    }

    private final RollupRepository rollups;
    private final OrganizationRepository organizations;
    private final ReportingPlanRepository plans;
    private final ReportingAccess access;
    private final ReportingConfig config;
    private final Clock clock;

    RollupService(RollupRepository rollups, OrganizationRepository organizations, ReportingPlanRepository plans,
            ReportingAccess access, ReportingConfig config, Clock clock) {
        this.rollups = rollups;
        this.organizations = organizations;
        this.plans = plans;
        this.access = access;
        this.config = config;
        this.clock = clock;
    }

    public Rollup rollup(Request request) {
        ReportingPeriod period = period(request);
        List<String> indicators = indicators(request.indicators());
        boolean includeSubmitted = Boolean.TRUE.equals(request.includeSubmitted());
        Hierarchy hierarchy = hierarchy(request.hierarchy());
        Organization organization = access.readableOrganization(request.organization(), "Roll-ups of");
        Tree tree = subtree(organization, period, hierarchy);
        Subtree subtree = tree.subtree();
        List<String> statuses = includeSubmitted
                ? List.of(ReportStatus.ACCEPTED.name(), ReportStatus.SUBMITTED.name())
                : List.of(ReportStatus.ACCEPTED.name());

        List<SumRow> rows = rollups.sums(subtree, period.year(), period.kind().name(), statuses,
                Rates.countsNeeded(indicators));
        Map<String, Map<String, Long>> sums = new HashMap<>();
        Map<String, Long> reporters = new HashMap<>();
        for (SumRow row : rows) {
            String branch = row.branch() == null ? TOTAL : row.branch();
            if (row.indicator() == null) {
                reporters.put(branch, row.reporters());
            } else {
                sums.computeIfAbsent(branch, key -> new HashMap<>()).put(row.indicator(), row.sum());
            }
        }
        List<Organization> children = rollups.children(subtree);
        List<UUID> bound = new ArrayList<>(children.stream().map(child -> child.id).toList());
        bound.add(organization.id);
        Map<UUID, List<TargetInForce>> targets = targetsInForce(bound);

        Map<UUID, List<Unit>> splitInto = splitInto(children, tree.carried());
        Row total = row(organization, TOTAL, sums, reporters, targets, indicators, period, List.of());
        Row own = sums.containsKey(OWN)
                ? row(organization, OWN, sums, reporters, targets, indicators, period, List.of()) : null;
        List<Row> subordinates = children.stream().map(child -> row(child, child.id.toString(), sums, reporters,
                targets, indicators, period, splitInto.getOrDefault(child.id, List.of()))).toList();
        return new Rollup(Unit.of(organization), period, hierarchy, includeSubmitted, indicators, total, own,
                subordinates);
    }

    public CompletenessTable completeness(Request request) {
        ReportingPeriod period = period(request);
        Hierarchy hierarchy = hierarchy(request.hierarchy());
        Organization organization = access.readableOrganization(request.organization(), "Roll-ups of");
        Subtree subtree = subtree(organization, period, hierarchy).subtree();
        OffsetDateTime now = OffsetDateTime.now(clock);

        Completeness total = new Completeness(0, 0, 0);
        Map<String, Completeness> byBranch = new HashMap<>();
        Map<OrganizationLevel, Completeness> byLevel = new EnumMap<>(OrganizationLevel.class);
        for (RollupRepository.CompletenessRow row : rollups.completeness(subtree, period.year(), period.kind().name(),
                now)) {
            Completeness figures = new Completeness(row.due(), row.submitted(), row.onTime());
            if (row.branch() != null) {
                byBranch.put(row.branch(), figures);
            } else if (row.level() != null) {
                byLevel.put(row.level(), figures);
            } else {
                total = figures;
            }
        }
        Completeness none = new Completeness(0, 0, 0);
        CompletenessRow own = byBranch.containsKey(OWN)
                ? new CompletenessRow(Unit.of(organization), organization.level, byBranch.get(OWN)) : null;
        List<CompletenessRow> subordinates = rollups.children(subtree).stream()
                .map(child -> new CompletenessRow(Unit.of(child), child.level,
                        byBranch.getOrDefault(child.id.toString(), none)))
                .toList();
        List<CompletenessRow> levels = byLevel.entrySet().stream()
                .map(entry -> new CompletenessRow(null, entry.getKey(), entry.getValue())).toList();
        return new CompletenessTable(Unit.of(organization), period, hierarchy, now, total, own, subordinates, levels,
                rollups.missing(subtree, period.year(), period.kind().name(), now, MISSING_LIMIT));
    }

    private static final String TOTAL = "*";
    private static final String OWN = "";

    private Row row(Organization organization, String branch, Map<String, Map<String, Long>> sums,
            Map<String, Long> reporters, Map<UUID, List<TargetInForce>> targets, List<String> indicators,
            ReportingPeriod period, List<Unit> splitInto) {
        return new Row(Unit.of(organization), reporters.getOrDefault(branch, 0L),
                RollupFigures.figures(indicators, sums.getOrDefault(branch, Map.of()),
                        targets.getOrDefault(organization.id, List.of()), period), splitInto);
    }

    /** The successors of each drill-down row that stands for an organisation split since, by code. */
    private Map<UUID, List<Unit>> splitInto(List<Organization> children, Map<UUID, Successions.Placement> carried) {
        Map<UUID, List<UUID>> successors = new HashMap<>();
        for (Organization child : children) {
            Successions.Placement placement = carried.get(child.id);
            if (placement != null && placement.split()) {
                successors.put(child.id, placement.successors());
            }
        }
        if (successors.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Organization> byId = new HashMap<>();
        organizations.list("id in ?1", successors.values().stream().flatMap(List::stream).distinct().toList())
                .forEach(successor -> byId.put(successor.id, successor));
        Map<UUID, List<Unit>> units = new HashMap<>();
        successors.forEach((id, ids) -> units.put(id, ids.stream().map(byId::get).filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparing((Organization successor) -> successor.code))
                .map(Unit::of).toList()));
        return units;
    }

    private Map<UUID, List<TargetInForce>> targetsInForce(List<UUID> organizationIds) {
        Map<UUID, Set<UUID>> binding = rollups.bindingPlans(organizationIds);
        Set<UUID> planIds = new LinkedHashSet<>();
        binding.values().forEach(planIds::addAll);
        Map<UUID, ReportingPlan> byId = new HashMap<>();
        if (!planIds.isEmpty()) {
            plans.list("id in ?1", planIds).forEach(plan -> byId.put(plan.id, plan));
        }
        Map<UUID, List<TargetInForce>> targets = new HashMap<>();
        binding.forEach((organizationId, ids) -> ids.stream().map(byId::get).filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparing((ReportingPlan plan) -> plan.symbol))
                .forEach(plan -> plan.targets.forEach(target -> targets
                        .computeIfAbsent(organizationId, key -> new ArrayList<>())
                        .add(new TargetInForce(plan.symbol, target)))));
        return targets;
    }

    /**
     * The hierarchy the figures are summed over: as it stood in the period (each organisation where it sat last
     * during the period, from the copy's placements), or today's, where organisations gone since count for their
     * successors (see {@link Successions} and docs/decisions.md).
     */
    private Tree subtree(Organization organization, ReportingPeriod period, Hierarchy hierarchy) {
        if (hierarchy == Hierarchy.CURRENT) {
            LocalDate today = LocalDate.now(clock.withZone(config.zone()));
            Map<UUID, Successions.Placement> carried = new HashMap<>();
            Map<UUID, String> paths = new HashMap<>();
            Successions.resolve(rollups.successions(today)).forEach((id, placement) -> {
                if (placement.path().equals(organization.path)
                        || placement.path().startsWith(organization.path + "/")) {
                    carried.put(id, placement);
                    paths.put(id, placement.path());
                }
            });
            return new Tree(new Subtree(organization.path, false, today, today, paths), carried);
        }
        String path = rollups.pathDuring(organization.id, period.start(), period.end()).orElse(organization.path);
        return new Tree(new Subtree(path, true, period.start(), period.end(), Map.of()), Map.of());
    }

    /** @param carried the organisations gone since that count for their successors inside the subtree */
    private record Tree(Subtree subtree, Map<UUID, Successions.Placement> carried) {
    }

    private static ReportingPeriod period(Request request) {
        if (request.periodKind() == null) {
            throw DomainException.invalid("periodKind", "required; one of "
                    + Arrays.toString(ReportingPeriodKind.values()));
        }
        if (request.year() == null) {
            throw DomainException.invalid("year", "required");
        }
        return ReportingPeriod.of(request.periodKind(), request.year());
    }

    /** Comma-separated codes; each a count or rate the catalogue knows, or an indicator a plan's target names. */
    private List<String> indicators(String value) {
        if (value == null || value.isBlank()) {
            return Rates.DEFAULT_INDICATORS;
        }
        Set<String> codes = new LinkedHashSet<>();
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                codes.add(part.strip().toUpperCase(Locale.ROOT));
            }
        }
        Set<String> known = null;
        List<String> unknown = new ArrayList<>();
        for (String code : codes) {
            if (Rates.COUNTS.contains(code) || Rates.isRate(code)) {
                continue;
            }
            if (known == null) {
                known = rollups.indicatorsNamedByTargets();
            }
            if (!CODE.matcher(code).matches() || !known.contains(code)) {
                unknown.add(code);
            }
        }
        if (!unknown.isEmpty()) {
            throw DomainException.invalid("indicators", "unknown indicator " + String.join(", ", unknown)
                    + "; known: the counts " + Rates.COUNTS + ", the rates "
                    + Rates.ALL.stream().map(Rates.Rate::code).toList() + " and indicators named by plan targets");
        }
        if (codes.isEmpty()) {
            throw DomainException.invalid("indicators", "name at least one indicator, or leave it out for all");
        }
        return List.copyOf(codes);
    }

    private static Hierarchy hierarchy(Hierarchy value) {
        return value == null ? Hierarchy.PERIOD : value;
    }
}
