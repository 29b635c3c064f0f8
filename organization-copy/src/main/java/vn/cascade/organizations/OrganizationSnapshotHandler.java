package vn.cascade.organizations;

import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
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

    OrganizationSnapshotHandler(CloudEventCodec codec, OrganizationRepository organizations) {
        this.codec = codec;
        this.organizations = organizations;
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
        organizations.upsert(codec.data(event, OrganizationSnapshot.class));
    }
}
