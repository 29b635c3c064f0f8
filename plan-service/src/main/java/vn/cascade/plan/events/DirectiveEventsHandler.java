package vn.cascade.plan.events;

import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import vn.cascade.common.documents.DocumentSymbol;
import vn.cascade.common.events.CloudEventCodec;
import vn.cascade.common.events.DirectiveSnapshot;
import vn.cascade.common.events.Topics;
import vn.cascade.common.inbox.EventHandler;
import vn.cascade.plan.repository.DirectiveRepository;

/** Keeps the copy of directives current: a plan may implement only a directive in force. */
@ApplicationScoped
public class DirectiveEventsHandler implements EventHandler {

    private static final Set<String> TYPES = Set.of(DirectiveSnapshot.PUBLISHED, DirectiveSnapshot.AMENDED,
            DirectiveSnapshot.REVOKED);

    private final CloudEventCodec codec;
    private final DirectiveRepository directives;

    DirectiveEventsHandler(CloudEventCodec codec, DirectiveRepository directives) {
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
        DirectiveSnapshot snapshot = codec.data(event, DirectiveSnapshot.class);
        directives.upsert(snapshot, DocumentSymbol.parse(snapshot.symbol()).searchKey());
    }
}
