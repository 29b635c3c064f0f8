package vn.cascade.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.cascade.common.events.OrganizationLevel;
import vn.cascade.common.events.ReportingPeriodKind;
import vn.cascade.organizations.Organization;
import vn.cascade.reporting.domain.Completeness;
import vn.cascade.reporting.domain.ReportingPeriod;
import vn.cascade.reporting.domain.RollupHierarchy;
import vn.cascade.reporting.repository.RollupRepository;
import vn.cascade.reporting.repository.Subtree;

/**
 * Reporting discipline (đầy đủ, kịp thời) of an organisation's subtree for one period: how many obligations were
 * due, submitted and submitted on time, and who has not reported. Read as roll-ups are: a caller its own subtree,
 * an admin every one.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CompletenessService {

    /** Most organisations listed as not having reported; the table's counts always cover all of them. */
    public static final int MISSING_LIMIT = 1000;

    /**
     * @param organization code, null for the caller's own
     * @param hierarchy    null for {@link RollupHierarchy#PERIOD}
     */
    public record Request(String organization, ReportingPeriodKind periodKind, Integer year,
            RollupHierarchy hierarchy) {
    }

    public record CompletenessRow(RollupUnit organization, OrganizationLevel level, Completeness figures) {
    }

    /** An obligation past its due date that no report has answered. */
    public record MissingReport(RollupUnit organization, UUID obligationId, String planSymbol, String recipientCode,
            LocalDate dueDate, String status) {
    }

    public record CompletenessTable(RollupUnit organization, ReportingPeriod period, RollupHierarchy hierarchy,
            OffsetDateTime asOf, Completeness total, CompletenessRow own, List<CompletenessRow> subordinates,
            List<CompletenessRow> levels, List<MissingReport> notReported) {
    }

    private final RollupRepository rollups;
    private final RollupSubtrees subtrees;
    private final Clock clock;

    CompletenessService(RollupRepository rollups, RollupSubtrees subtrees, Clock clock) {
        this.rollups = rollups;
        this.subtrees = subtrees;
        this.clock = clock;
    }

    public CompletenessTable completeness(Request request) {
        ReportingPeriod period = RollupSubtrees.period(request.periodKind(), request.year());
        RollupSubtrees.Covered covered = subtrees.resolve(request.organization(), period, request.hierarchy());
        Organization organization = covered.organization();
        Subtree subtree = covered.subtree();
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
        CompletenessRow own = byBranch.containsKey(RollupSubtrees.OWN)
                ? new CompletenessRow(RollupUnit.of(organization), organization.level, byBranch.get(RollupSubtrees.OWN))
                : null;
        List<CompletenessRow> subordinates = rollups.children(subtree).stream()
                .map(child -> new CompletenessRow(RollupUnit.of(child), child.level,
                        byBranch.getOrDefault(child.id.toString(), none)))
                .toList();
        List<CompletenessRow> levels = byLevel.entrySet().stream()
                .map(entry -> new CompletenessRow(null, entry.getKey(), entry.getValue())).toList();
        List<MissingReport> notReported = rollups.missing(subtree, period.year(), period.kind().name(), now,
                MISSING_LIMIT).stream().map(CompletenessService::missing).toList();
        return new CompletenessTable(RollupUnit.of(organization), period, covered.hierarchy(), now, total, own,
                subordinates, levels, notReported);
    }

    private static MissingReport missing(RollupRepository.MissingReport row) {
        return new MissingReport(new RollupUnit(row.organizationId(), row.organizationCode(), row.organizationName(),
                row.level()), row.obligationId(), row.planSymbol(), row.recipientCode(), row.dueDate(), row.status());
    }
}
