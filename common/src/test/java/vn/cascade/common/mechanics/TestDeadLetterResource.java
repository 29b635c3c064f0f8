package vn.cascade.common.mechanics;

import jakarta.ws.rs.Path;
import vn.cascade.common.inbox.DeadLetterResource;
import vn.cascade.common.inbox.DeadLetters;

/** The test application's dead letters, under its own admin prefix so that every path is unique across the services. */
@Path("/api/v1/admin/test/dead-letters")
public class TestDeadLetterResource extends DeadLetterResource {

    TestDeadLetterResource(DeadLetters deadLetters) {
        super(deadLetters);
    }
}
