package vn.cascade.directive.rest;

import jakarta.ws.rs.Path;
import vn.cascade.common.outbox.ParkedEventResource;
import vn.cascade.common.outbox.ParkedEvents;

/** directive-service's parked outbox events, under its own admin prefix so that every path is unique across the services. */
@Path("/api/v1/admin/directive/outbox/parked")
public class DirectiveParkedEventResource extends ParkedEventResource {

    DirectiveParkedEventResource(ParkedEvents parkedEvents) {
        super(parkedEvents);
    }
}
