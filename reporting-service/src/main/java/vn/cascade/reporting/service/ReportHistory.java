package vn.cascade.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import vn.cascade.reporting.repository.ReportHistoryRepository;
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

    /** The review thread, oldest first. */
    public List<ReviewComment> comments(UUID reportId) {
        return history.comments(reports.get(reportId).id);
    }
}
