package vn.cascade.reporting.rest;

import jakarta.ws.rs.Path;
import vn.cascade.common.inbox.DeadLetterResource;
import vn.cascade.common.inbox.DeadLetters;

/** reporting-service's dead letters, under its own admin prefix so that every path is unique across the services. */
@Path("/api/v1/admin/reporting/dead-letters")
public class ReportingDeadLetterResource extends DeadLetterResource {

    ReportingDeadLetterResource(DeadLetters deadLetters) {
        super(deadLetters);
    }
}
