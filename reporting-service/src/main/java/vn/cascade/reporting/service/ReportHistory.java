package vn.cascade.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import vn.cascade.reporting.repository.ReportHistoryRepository;
import vn.cascade.common.domain.DomainException;
import vn.cascade.reporting.domain.ReportDiff;
import vn.cascade.reporting.domain.ReportVersion;
import vn.cascade.reporting.domain.ReviewComment;

/** A report's versions and review thread (issue 19), read by whoever may read the report. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReportHistory {

    private final ReportService reports;
    private final ReportHistoryRepository history;

    ReportHistory(ReportService reports, ReportHistoryRepository history) {
        this.reports = reports;
        this.history = history;
    }

    /** Each submission and each review, oldest first. */
    public List<ReportVersion> versions(UUID reportId) {
        return history.versions(reports.get(reportId).id);
    }

    /** Two versions and what changed from {@code against} to {@code version}. */
    public record Diff(long version, long against, ReportDiff changes) {
    }

    /**
     * From version {@code against} (the one before {@code number} when not given; itself for the first) to version
     * {@code number}; 404 when either is not a version of the report.
     */
    public Diff diff(UUID reportId, long number, Long against) {
        List<ReportVersion> all = versions(reportId);
        ReportVersion newer = find(all, reportId, number);
        ReportVersion older = against == null
                ? all.stream().filter(candidate -> candidate.version() < number).reduce((first, second) -> second)
                        .orElse(newer)
                : find(all, reportId, against);
        return new Diff(newer.version(), older.version(), ReportDiff.between(older.content(), newer.content()));
    }

    private static ReportVersion find(List<ReportVersion> all, UUID reportId, long number) {
        return all.stream().filter(candidate -> candidate.version() == number).findFirst()
                .orElseThrow(() -> DomainException.notFound("Report " + reportId + " has no version " + number)
                        .localized("report.no-such-version", number,
                                all.stream().map(candidate -> String.valueOf(candidate.version())).toList().toString()));
    }

    /** The review thread, oldest first. */
    public List<ReviewComment> comments(UUID reportId) {
        return history.comments(reports.get(reportId).id);
    }
}
