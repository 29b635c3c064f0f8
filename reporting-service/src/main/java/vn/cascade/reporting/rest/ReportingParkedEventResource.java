package vn.cascade.reporting.rest;

import jakarta.ws.rs.Path;
import vn.cascade.common.outbox.ParkedEventResource;
import vn.cascade.common.outbox.ParkedEvents;

/** reporting-service's parked outbox events, under its own admin prefix so that every path is unique across the services. */
@Path("/api/v1/admin/reporting/outbox/parked")
public class ReportingParkedEventResource extends ParkedEventResource {

    ReportingParkedEventResource(ParkedEvents parkedEvents) {
        super(parkedEvents);
    }
}
