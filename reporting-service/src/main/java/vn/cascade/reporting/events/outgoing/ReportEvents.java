package vn.cascade.reporting.events.outgoing;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import vn.cascade.common.events.ObligationSnapshot;
import vn.cascade.common.events.ReportSnapshot;
import vn.cascade.common.events.Topics;
import vn.cascade.common.outbox.Outbox;
import vn.cascade.reporting.domain.Report;
import vn.cascade.reporting.domain.ReportingObligation;

/** Announces, through the outbox and keyed by obligation id, what happens to reporting obligations and reports. */
@ApplicationScoped
public class ReportEvents {

    private final Outbox outbox;

    ReportEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void due(ReportingObligation obligation, Instant now) {
        outbox.publish(Topics.REPORTS, ObligationSnapshot.AGGREGATE, obligation.id, ObligationSnapshot.DUE,
                obligation.snapshot(now));
    }

    public void submitted(Report report, ReportingObligation obligation) {
        publish(report, obligation, ReportSnapshot.SUBMITTED);
    }

    /** Carries the task progress plan-service records. */
    public void accepted(Report report, ReportingObligation obligation) {
        publish(report, obligation, ReportSnapshot.ACCEPTED);
    }

    public void returned(Report report, ReportingObligation obligation) {
        publish(report, obligation, ReportSnapshot.RETURNED);
    }

    private void publish(Report report, ReportingObligation obligation, String type) {
        outbox.publish(Topics.REPORTS, ReportSnapshot.AGGREGATE, obligation.id, type, report.snapshot(obligation));
    }

    public void overdue(ReportingObligation obligation, Instant now) {
        outbox.publish(Topics.REPORTS, ObligationSnapshot.AGGREGATE, obligation.id, ObligationSnapshot.OVERDUE,
                obligation.snapshot(now));
    }
}
