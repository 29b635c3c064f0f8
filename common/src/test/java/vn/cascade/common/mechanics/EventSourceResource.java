package vn.cascade.common.mechanics;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import vn.cascade.common.outbox.Outbox;

/** Writes an event for the recording handler, as a service's use case would: what the tracing test calls. */
@Path("/api/v1/test-events")
public class EventSourceResource {

    private final Outbox outbox;

    EventSourceResource(Outbox outbox) {
        this.outbox = outbox;
    }

    @POST
    @Transactional
    public void publish(@QueryParam("note") String note) {
        outbox.publish(RecordingHandler.TOPIC, "test", note, "vn.cascade.test.recorded.v1", Map.of("note", note));
    }
}
