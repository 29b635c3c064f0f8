package vn.cascade.common.mechanics;

import jakarta.ws.rs.Path;
import java.time.Clock;
import vn.cascade.common.time.AdjustableClock;
import vn.cascade.common.time.ClockConfig;
import vn.cascade.common.time.ClockResource;

/** The test application's clock, under its own admin prefix so that every path is unique across the services. */
@Path("/api/v1/admin/test/clock")
public class TestClockResource extends ClockResource {

    TestClockResource(ClockConfig config, AdjustableClock adjustable, Clock clock) {
        super(config, adjustable, clock);
    }
}
