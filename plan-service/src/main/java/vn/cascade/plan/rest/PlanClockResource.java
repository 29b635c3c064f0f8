package vn.cascade.plan.rest;

import jakarta.ws.rs.Path;
import java.time.Clock;
import vn.cascade.common.time.AdjustableClock;
import vn.cascade.common.time.ClockConfig;
import vn.cascade.common.time.ClockResource;

/** plan-service's clock, under its own admin prefix so that every path is unique across the services. */
@Path("/api/v1/admin/plan/clock")
public class PlanClockResource extends ClockResource {

    PlanClockResource(ClockConfig config, AdjustableClock adjustable, Clock clock) {
        super(config, adjustable, clock);
    }
}
