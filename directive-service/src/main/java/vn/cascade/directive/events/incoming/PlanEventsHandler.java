package vn.cascade.directive.events.incoming;

import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import vn.cascade.common.events.CloudEventCodec;
import vn.cascade.common.events.PlanBasisChange;
import vn.cascade.common.events.PlanSnapshot;
import vn.cascade.common.events.TaskGuidanceLinked;
import vn.cascade.common.events.Topics;
import vn.cascade.common.inbox.EventHandler;
import vn.cascade.directive.service.PlanCopies;

/** plan-service's events about issued, amended, completed, replaced and revoked plans, handed to the copies kept here. */
@ApplicationScoped
public class PlanEventsHandler implements EventHandler {

    private static final Set<String> TYPES = Set.of(PlanSnapshot.ISSUED, PlanSnapshot.AMENDED, PlanSnapshot.REVOKED,
            PlanSnapshot.COMPLETED, PlanSnapshot.REPLACED);

    private final CloudEventCodec codec;
    private final PlanCopies copies;

    PlanEventsHandler(CloudEventCodec codec, PlanCopies copies) {
        this.codec = codec;
        this.copies = copies;
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.PLANS);
    }

    @Override
    public void handle(CloudEvent event) {
        if (PlanBasisChange.TYPE.equals(event.getType())) {
            return; // addressed to the plan's issuer; the graph learns of the change from the changed document itself
        }
        if (TaskGuidanceLinked.TYPE.equals(event.getType())) {
            return; // a task's due date: nothing the directive registry or its graph shows
        }
        if (!TYPES.contains(event.getType())) {
            throw new IllegalArgumentException("Unexpected event type " + event.getType() + " on " + Topics.PLANS);
        }
        copies.record(codec.data(event, PlanSnapshot.class));
    }
}
