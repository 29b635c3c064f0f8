package vn.cascade.common.time;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How a service tells time. */
@ConfigMapping(prefix = "cascade.clock")
public interface ClockConfig {

    /**
     * Whether an administrator may move this service's clock ({@code PUT /api/v1/admin/<service>/clock}). For demos and
     * system tests only (the local stack turns it on); off in production, where the clock is the system's.
     */
    @WithDefault("false")
    boolean adjustable();
}
