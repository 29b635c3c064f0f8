package vn.cascade.directive.events.incoming;

import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import vn.cascade.common.events.CloudEventCodec;
import vn.cascade.common.events.IndicatorSnapshot;
import vn.cascade.common.events.Topics;
import vn.cascade.common.inbox.EventHandler;
import vn.cascade.directive.service.IndicatorCopyService;

/** Keeps the copy of the indicator catalogue current: the directive importer names targets by its keywords. */
@ApplicationScoped
public class IndicatorEventsHandler implements EventHandler {

    private static final Set<String> TYPES = Set.of(IndicatorSnapshot.DEFINED, IndicatorSnapshot.CHANGED,
            IndicatorSnapshot.RETIRED);

    private final CloudEventCodec codec;
    private final IndicatorCopyService indicators;

    IndicatorEventsHandler(CloudEventCodec codec, IndicatorCopyService indicators) {
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
        indicators.received(codec.data(event, IndicatorSnapshot.class));
    }
}
