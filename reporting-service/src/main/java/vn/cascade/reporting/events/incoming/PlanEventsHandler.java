package vn.cascade.reporting.events.incoming;

import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import vn.cascade.common.events.CloudEventCodec;
import vn.cascade.common.events.PlanBasisChange;
import vn.cascade.common.events.PlanSnapshot;
import vn.cascade.common.events.TaskGuidanceLinked;
import vn.cascade.common.events.Topics;
import vn.cascade.common.inbox.EventHandler;
import vn.cascade.reporting.notification.service.PlanNotifications;
import vn.cascade.reporting.service.PlanObligationService;

/**
 * Turns plan events into reporting obligations (issued and amended plans owe reports, revoked ones no longer,
 * completed and replaced ones none for periods not yet begun), and into the notifications of the plans owed or
 * resting on them.
 */
@ApplicationScoped
public class PlanEventsHandler implements EventHandler {

    private final CloudEventCodec codec;
    private final PlanObligationService obligations;
    private final PlanNotifications notifications;

    PlanEventsHandler(CloudEventCodec codec, PlanObligationService obligations, PlanNotifications notifications) {
        this.codec = codec;
        this.obligations = obligations;
        this.notifications = notifications;
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.PLANS);
    }

    @Override
    public void handle(CloudEvent event) {
        switch (event.getType()) {
            case PlanSnapshot.COMPLETED -> {
                PlanSnapshot plan = plan(event);
                obligations.planClosed(plan, "PLAN_COMPLETED");
                notifications.closed(plan);
                return;
            }
            case PlanSnapshot.REPLACED -> {
                PlanSnapshot plan = plan(event);
                obligations.planClosed(plan, "PLAN_REPLACED");
                notifications.closed(plan);
                return;
            }
            // Told to the plans resting on a changed document: no obligation changes.
            case PlanBasisChange.TYPE -> {
                return;
            }
            // A task got its due date from the guidance it waited for: reports are owed per plan, not per task.
            case TaskGuidanceLinked.TYPE -> {
                return;
            }
            default -> {
            }
        }
        PlanSnapshot plan = switch (event.getType()) {
            case PlanSnapshot.ISSUED, PlanSnapshot.AMENDED, PlanSnapshot.REVOKED -> plan(event);
            default -> throw new IllegalArgumentException(
                    "Unexpected event type " + event.getType() + " on " + Topics.PLANS);
        };
        if (PlanSnapshot.REVOKED.equals(event.getType())) {
            obligations.planRevoked(plan);
        } else {
            obligations.planInForce(plan);
        }
        // The issuers who must answer it, or whose own plans rest on it, are told (same transaction, same ledger).
        notifications.announce(event.getId(), event.getType(), plan,
                event.getTime() == null ? null : event.getTime().toInstant());
    }

    private PlanSnapshot plan(CloudEvent event) {
        PlanSnapshot plan = codec.data(event, PlanSnapshot.class);
        if (plan.id() == null || plan.symbol() == null) {
            throw new IllegalArgumentException("Plan event " + event.getId() + " names no plan id or symbol");
        }
        return plan;
    }
}
