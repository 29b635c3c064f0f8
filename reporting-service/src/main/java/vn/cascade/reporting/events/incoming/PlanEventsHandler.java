package vn.cascade.reporting.events.incoming;

import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import vn.cascade.common.events.CloudEventCodec;
import vn.cascade.common.events.PlanSnapshot;
import vn.cascade.common.events.Topics;
import vn.cascade.common.inbox.EventHandler;
import vn.cascade.reporting.service.PlanObligationService;

/** Turns plan events into reporting obligations: issued and amended plans owe reports, revoked ones no longer. */
@ApplicationScoped
public class PlanEventsHandler implements EventHandler {

    private final CloudEventCodec codec;
    private final PlanObligationService obligations;

    PlanEventsHandler(CloudEventCodec codec, PlanObligationService obligations) {
        this.codec = codec;
        this.obligations = obligations;
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.PLANS);
    }

    @Override
    public void handle(CloudEvent event) {
        switch (event.getType()) {
            case PlanSnapshot.ISSUED, PlanSnapshot.AMENDED -> obligations.planInForce(plan(event));
            case PlanSnapshot.REVOKED -> obligations.planRevoked(plan(event));
            default -> throw new IllegalArgumentException(
                    "Unexpected event type " + event.getType() + " on " + Topics.PLANS);
        }
    }

    private PlanSnapshot plan(CloudEvent event) {
        PlanSnapshot plan = codec.data(event, PlanSnapshot.class);
        if (plan.id() == null || plan.symbol() == null) {
            throw new IllegalArgumentException("Plan event " + event.getId() + " names no plan id or symbol");
        }
        return plan;
    }
}
