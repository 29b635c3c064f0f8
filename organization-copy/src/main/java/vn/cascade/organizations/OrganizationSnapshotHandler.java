package vn.cascade.organizations;

import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.util.Set;
import vn.cascade.common.events.CloudEventCodec;
import vn.cascade.common.events.OrganizationSnapshot;
import vn.cascade.common.events.Topics;
import vn.cascade.common.inbox.EventHandler;


/** Keeps the copy of the hierarchy current from the organisations topic. */
@ApplicationScoped
public class OrganizationSnapshotHandler implements EventHandler {

    private final CloudEventCodec codec;
    private final OrganizationRepository organizations;
    private final Event<OrganizationCopyChanged> changed;

    OrganizationSnapshotHandler(CloudEventCodec codec, OrganizationRepository organizations,
            Event<OrganizationCopyChanged> changed) {
        this.codec = codec;
        this.organizations = organizations;
        this.changed = changed;
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.ORGANIZATIONS);
    }

    @Override
    public void handle(CloudEvent event) {
        if (!OrganizationSnapshot.TYPE.equals(event.getType())) {
            throw new IllegalArgumentException("Unexpected event type " + event.getType() + " on " + Topics.ORGANIZATIONS);
        }
        OrganizationSnapshot snapshot = codec.data(event, OrganizationSnapshot.class);
        if (organizations.upsert(snapshot)) {
            changed.fire(new OrganizationCopyChanged(snapshot));
        }
    }
}
