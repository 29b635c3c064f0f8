package vn.cascade.reporting.notification.events;

import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Set;
import org.jboss.logging.Logger;
import vn.cascade.common.events.CloudEventCodec;
import vn.cascade.common.events.ObligationSnapshot;
import vn.cascade.common.events.ReportSnapshot;
import vn.cascade.common.events.Topics;
import vn.cascade.common.inbox.EventHandler;
import vn.cascade.reporting.notification.domain.Announcement;
import vn.cascade.reporting.notification.domain.NotificationKind;
import vn.cascade.reporting.notification.service.NotificationService;

/**
 * Reads this service's own report events back from {@link Topics#REPORTS} (through common's consumer: once per
 * event id, poison events to the dead-letter topic) and tells the people concerned. Event types without a
 * notification are passed over: the topic may carry more than notifications need.
 */
@ApplicationScoped
public class ReportNotificationsHandler implements EventHandler {

    private static final Logger LOG = Logger.getLogger(ReportNotificationsHandler.class);

    private final CloudEventCodec codec;
    private final NotificationService notifications;

    ReportNotificationsHandler(CloudEventCodec codec, NotificationService notifications) {
        this.codec = codec;
        this.notifications = notifications;
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.REPORTS);
    }

    @Override
    public void handle(CloudEvent event) {
        switch (event.getType()) {
            case ObligationSnapshot.DUE -> notifications.announce(obligation(event, NotificationKind.REPORT_DUE));
            case ObligationSnapshot.OVERDUE ->
                    notifications.announce(obligation(event, NotificationKind.REPORT_OVERDUE));
            case ReportSnapshot.SUBMITTED -> notifications.announce(report(event, NotificationKind.REPORT_SUBMITTED));
            case ReportSnapshot.RETURNED -> notifications.announce(report(event, NotificationKind.REPORT_RETURNED));
            case ReportSnapshot.ACCEPTED -> notifications.announce(report(event, NotificationKind.REPORT_ACCEPTED));
            default -> LOG.debugf("No notification for %s events", event.getType());
        }
    }

    private Announcement obligation(CloudEvent event, NotificationKind kind) {
        ObligationSnapshot o = codec.data(event, ObligationSnapshot.class);
        if (o.id() == null || o.planSymbol() == null || o.periodKind() == null || o.dueDate() == null
                || o.organization() == null || o.recipient() == null) {
            throw new IllegalArgumentException("Obligation event " + event.getId() + " lacks its obligation's facts");
        }
        return new Announcement(event.getId(), kind, o.id(), o.planSymbol(), o.periodKind(), o.periodYear(),
                o.dueDate(), o.organization(), o.recipient(), null, time(event));
    }

    private Announcement report(CloudEvent event, NotificationKind kind) {
        ReportSnapshot r = codec.data(event, ReportSnapshot.class);
        if (r.obligationId() == null || r.planSymbol() == null || r.periodKind() == null
                || r.organization() == null || r.recipient() == null) {
            throw new IllegalArgumentException("Report event " + event.getId() + " lacks its obligation's facts");
        }
        return new Announcement(event.getId(), kind, r.obligationId(), r.planSymbol(), r.periodKind(),
                r.periodYear(), null, r.organization(), r.recipient(), r.reviewComment(), time(event));
    }

    private static Instant time(CloudEvent event) {
        return event.getTime() == null ? null : event.getTime().toInstant();
    }
}
