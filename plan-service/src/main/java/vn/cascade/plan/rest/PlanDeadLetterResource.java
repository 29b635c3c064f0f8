package vn.cascade.plan.rest;

import jakarta.ws.rs.Path;
import vn.cascade.common.inbox.DeadLetterResource;
import vn.cascade.common.inbox.DeadLetters;

/** plan-service's dead letters, under its own admin prefix so that every path is unique across the services. */
@Path("/api/v1/admin/plan/dead-letters")
public class PlanDeadLetterResource extends DeadLetterResource {

    PlanDeadLetterResource(DeadLetters deadLetters) {
        super(deadLetters);
    }
}
