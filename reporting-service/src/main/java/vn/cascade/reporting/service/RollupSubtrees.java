package vn.cascade.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import vn.cascade.common.domain.DomainException;
import vn.cascade.common.events.ReportingPeriodKind;
import vn.cascade.common.kept.KeptValues;
import vn.cascade.common.kept.TableChanges;
import vn.cascade.common.security.OrganizationPaths;
import vn.cascade.organizations.Organization;
import vn.cascade.organizations.OrganizationRepository;
import vn.cascade.reporting.config.ReportingConfig;
import vn.cascade.reporting.domain.ReportingPeriod;
import vn.cascade.reporting.domain.RollupHierarchy;
import vn.cascade.reporting.domain.Successions;
import vn.cascade.reporting.repository.RollupRepository;
import vn.cascade.reporting.repository.Subtree;

/**
 * What a roll-up or a completeness table covers: an organisation of the caller's subtree and everything below it,
 * in the hierarchy as it stood in the period or as it stands today.
 */
@ApplicationScoped
public class RollupSubtrees {

    /** The branch of the repository's rows that holds the subtree's own organisation (the others: subordinate ids). */
    static final String OWN = "";

    /**
     * @param carried the organisations gone since that count for their successors inside the subtree (today's
     *                hierarchy only)
     */
    public record Covered(Organization organization, RollupHierarchy hierarchy, Subtree subtree,
            Map<UUID, Successions.Placement> carried) {
    }

    private final RollupRepository rollups;
    private final OrganizationRepository organizations;
    private final ReportingAccess access;
    private final ReportingConfig config;
    private final Clock clock;
    /**
     * Where each organisation gone since counts today, by day: every restructuring of the country resolved, the
     * one part of today's hierarchy that grows with the number of restructurings, and changes only with the copy.
     */
    private final KeptValues<LocalDate, Map<UUID, Successions.Placement>> carriedToday;
    /** Where an organisation sat last during a period: asked by every roll-up of the period's hierarchy. */
    private final KeptValues<PlacedDuring, Optional<String>> pathsDuring;

    private record PlacedDuring(UUID organization, LocalDate from, LocalDate to) {
    }

    RollupSubtrees(RollupRepository rollups, OrganizationRepository organizations, ReportingAccess access,
            ReportingConfig config, Clock clock, TableChanges changes) {
        this.carriedToday = changes.keep("successions resolved", 4, "organization", "organization_succession");
        this.pathsDuring = changes.keep("paths during a period", 20_000, "organization_placement");
        this.rollups = rollups;
        this.organizations = organizations;
        this.access = access;
        this.config = config;
        this.clock = clock;
    }

    /** Both are required. */
    static ReportingPeriod period(ReportingPeriodKind kind, Integer year) {
        if (kind == null) {
            throw DomainException.invalid("periodKind", "required; one of "
                    + Arrays.toString(ReportingPeriodKind.values()));
        }
        if (year == null) {
            throw DomainException.invalid("year", "required", "rollup.year-required");
        }
        return ReportingPeriod.of(kind, year);
    }

    /**
     * The organisation named (default: the caller's own), which must lie in the caller's subtree, and the subtree
     * the figures are summed over: as it stood in the period (each organisation where it sat last during the
     * period, from the copy's placements), or today's, where organisations gone since count for their successors
     * (see {@link Successions} and docs/decisions.md).
     *
     * @param hierarchy null for {@link RollupHierarchy#PERIOD}
     */
    public Covered resolve(String organizationCode, ReportingPeriod period, RollupHierarchy hierarchy) {
        RollupHierarchy which = hierarchy == null ? RollupHierarchy.PERIOD : hierarchy;
        Organization organization = access.readableOrganization(organizationCode, "Roll-ups of");
        if (which == RollupHierarchy.CURRENT) {
            LocalDate today = LocalDate.now(clock.withZone(config.zone()));
            Map<UUID, Successions.Placement> carried = new HashMap<>();
            Map<UUID, String> paths = new HashMap<>();
            carriedToday.get(today, () -> Map.copyOf(Successions.resolve(rollups.successions(today))))
                    .forEach((id, placement) -> {
                        if (OrganizationPaths.isInside(placement.path(), organization.path)) {
                            carried.put(id, placement);
                            paths.put(id, placement.path());
                        }
                    });
            return new Covered(organization, which, new Subtree(organization.path, false, today, today, paths),
                    carried);
        }
        String path = pathsDuring.get(new PlacedDuring(organization.id, period.start(), period.end()),
                () -> rollups.pathDuring(organization.id, period.start(), period.end())).orElse(organization.path);
        return new Covered(organization, which, new Subtree(path, true, period.start(), period.end(), Map.of()),
                Map.of());
    }

    /** The successors of each drill-down row that stands for an organisation split since, by code. */
    public Map<UUID, List<RollupUnit>> splitInto(List<Organization> children, Covered covered) {
        Map<UUID, List<UUID>> successors = new HashMap<>();
        for (Organization child : children) {
            Successions.Placement placement = covered.carried().get(child.id);
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
        Map<UUID, List<RollupUnit>> units = new HashMap<>();
        successors.forEach((id, ids) -> units.put(id, ids.stream().map(byId::get).filter(Objects::nonNull)
                .sorted(Comparator.comparing((Organization successor) -> successor.code))
                .map(RollupUnit::of).toList()));
        return units;
    }
}
