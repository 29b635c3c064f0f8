package vn.cascade.plan.rest;

import jakarta.ws.rs.Path;
import vn.cascade.common.outbox.ParkedEventResource;
import vn.cascade.common.outbox.ParkedEvents;

/** plan-service's parked outbox events, under its own admin prefix so that every path is unique across the services. */
@Path("/api/v1/admin/plan/outbox/parked")
public class PlanParkedEventResource extends ParkedEventResource {

    PlanParkedEventResource(ParkedEvents parkedEvents) {
        super(parkedEvents);
    }
}
