package vn.cascade.plan.events.incoming;

import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import vn.cascade.common.events.CloudEventCodec;
import vn.cascade.common.events.ReportSnapshot;
import vn.cascade.common.events.Topics;
import vn.cascade.common.inbox.EventHandler;
import vn.cascade.plan.service.ReportedProgressService;

/** Takes task progress from accepted reports; the topic's other events (due, overdue, submitted…) are not ours. */
@ApplicationScoped
public class ReportEventsHandler implements EventHandler {

    private final CloudEventCodec codec;
    private final ReportedProgressService progress;

    ReportEventsHandler(CloudEventCodec codec, ReportedProgressService progress) {
        this.codec = codec;
        this.progress = progress;
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.REPORTS);
    }

    @Override
    public void handle(CloudEvent event) {
        if (ReportSnapshot.ACCEPTED.equals(event.getType())) {
            progress.accepted(codec.data(event, ReportSnapshot.class));
        }
    }
}
