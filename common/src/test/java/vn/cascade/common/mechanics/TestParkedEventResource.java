package vn.cascade.common.mechanics;

import jakarta.ws.rs.Path;
import vn.cascade.common.outbox.ParkedEventResource;
import vn.cascade.common.outbox.ParkedEvents;

/** The test application's parked outbox events, under its own admin prefix so that every path is unique across the services. */
@Path("/api/v1/admin/test/outbox/parked")
public class TestParkedEventResource extends ParkedEventResource {

    TestParkedEventResource(ParkedEvents parkedEvents) {
        super(parkedEvents);
    }
}
