package vn.cascade.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import vn.cascade.reporting.config.ReportingConfig;
import vn.cascade.reporting.domain.ReportingObligation;
import vn.cascade.reporting.events.outgoing.ReportEvents;
import vn.cascade.reporting.repository.ObligationRepository;

/**
 * Gives each obligation its reminder and, if no report came, its overdue mark, each exactly once even with
 * several replicas ticking against the same database: the rows are claimed with {@code FOR UPDATE SKIP
 * LOCKED}, marked, and their events written to the outbox in the same transaction.
 */
@ApplicationScoped
public class ReportingScheduleService {

    /** What one tick did. */
    public record Tick(int reminders, int overdue) {
    }

    private final ObligationRepository obligations;
    private final ReportEvents events;
    private final ReportingConfig config;

    ReportingScheduleService(ObligationRepository obligations, ReportEvents events, ReportingConfig config) {
        this.obligations = obligations;
        this.events = events;
        this.config = config;
    }

    @Transactional
    public Tick tick(Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        int batch = config.scheduler().batchSize();
        List<ReportingObligation> reminders = obligations.claimReminders(at, batch);
        for (ReportingObligation obligation : reminders) {
            obligation.remind(at);
            events.due(obligation, now);
        }
        // The overdue claim must see the reminders just given (status DUE, still not submitted).
        obligations.flush();
        List<ReportingObligation> overdue = obligations.claimOverdue(at, batch);
        for (ReportingObligation obligation : overdue) {
            obligation.markOverdue(at);
            events.overdue(obligation, now);
        }
        return new Tick(reminders.size(), overdue.size());
    }
}
