package vn.cascade.directive.rest;

import jakarta.ws.rs.Path;
import java.time.Clock;
import vn.cascade.common.time.AdjustableClock;
import vn.cascade.common.time.ClockConfig;
import vn.cascade.common.time.ClockResource;

/** directive-service's clock, under its own admin prefix so that every path is unique across the services. */
@Path("/api/v1/admin/directive/clock")
public class DirectiveClockResource extends ClockResource {

    DirectiveClockResource(ClockConfig config, AdjustableClock adjustable, Clock clock) {
        super(config, adjustable, clock);
    }
}
