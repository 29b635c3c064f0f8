package vn.cascade.indicators;

import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import vn.cascade.common.events.CloudEventCodec;
import vn.cascade.common.events.IndicatorSnapshot;
import vn.cascade.common.events.Topics;
import vn.cascade.common.inbox.EventHandler;

/**
 * Keeps the copy of the indicator catalogue current from the indicators topic. Defined, changed and retired alike:
 * the snapshot is the indicator's whole state at its version.
 */
@ApplicationScoped
public class IndicatorSnapshotHandler implements EventHandler {

    private static final Set<String> TYPES = Set.of(IndicatorSnapshot.DEFINED, IndicatorSnapshot.CHANGED,
            IndicatorSnapshot.RETIRED);

    private final CloudEventCodec codec;
    private final IndicatorCopyRepository indicators;

    IndicatorSnapshotHandler(CloudEventCodec codec, IndicatorCopyRepository indicators) {
        this.codec = codec;
        this.indicators = indicators;
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.INDICATORS);
    }

    @Override
    public void handle(CloudEvent event) {
        if (!TYPES.contains(event.getType())) {
            throw new IllegalArgumentException("Unexpected event type " + event.getType() + " on " + Topics.INDICATORS);
        }
        indicators.upsert(codec.data(event, IndicatorSnapshot.class));
    }
}
