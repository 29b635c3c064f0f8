package vn.cascade.directive.rest;

import jakarta.ws.rs.Path;
import vn.cascade.common.inbox.DeadLetterResource;
import vn.cascade.common.inbox.DeadLetters;

/** directive-service's dead letters, under its own admin prefix so that every path is unique across the services. */
@Path("/api/v1/admin/directive/dead-letters")
public class DirectiveDeadLetterResource extends DeadLetterResource {

    DirectiveDeadLetterResource(DeadLetters deadLetters) {
        super(deadLetters);
    }
}
