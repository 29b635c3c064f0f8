package vn.cascade.plan.events.incoming;

import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import vn.cascade.common.events.CloudEventCodec;
import vn.cascade.common.events.DirectiveSnapshot;
import vn.cascade.common.events.Topics;
import vn.cascade.common.inbox.EventHandler;
import vn.cascade.plan.service.DirectiveCopyService;

/**
 * Keeps the copy of directives current (a plan may implement only a directive in force), and passes an amendment,
 * replacement or revocation on to the plans resting on the directive.
 */
@ApplicationScoped
public class DirectiveEventsHandler implements EventHandler {

    private static final Set<String> TYPES = Set.of(DirectiveSnapshot.PUBLISHED, DirectiveSnapshot.AMENDED,
            DirectiveSnapshot.REVOKED, DirectiveSnapshot.REPLACED);

    private final CloudEventCodec codec;
    private final DirectiveCopyService directives;

    DirectiveEventsHandler(CloudEventCodec codec, DirectiveCopyService directives) {
        this.codec = codec;
        this.directives = directives;
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.DIRECTIVES);
    }

    @Override
    public void handle(CloudEvent event) {
        if (!TYPES.contains(event.getType())) {
            throw new IllegalArgumentException("Unexpected event type " + event.getType() + " on " + Topics.DIRECTIVES);
        }
        directives.received(event.getType(), codec.data(event, DirectiveSnapshot.class));
    }
}
