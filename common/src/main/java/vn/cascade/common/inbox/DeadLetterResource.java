package vn.cascade.common.inbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cascade.common.security.Roles;

/**
 * Events this service could not apply, and their replay once the cause is fixed. Each service serves it under its
 * own prefix ({@code /api/v1/admin/<service>/dead-letters}, a subclass carrying the {@code @Path}); the
 * annotations sit on the methods, which a subclass inherits.
 */
public abstract class DeadLetterResource {

    private final DeadLetters deadLetters;

    protected DeadLetterResource(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GET
    @Tag(name = "Dead letters", description = "Events the service could not apply")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Administrators only")
    @Operation(operationId = "listDeadLetters", summary = "The dead-letter topic of this service, with origin and error",
            description = "Events this service's consumer could not apply (not a CloudEvent, or failing three times), "
                    + "each with the topic, partition and offset it came from and the error, oldest first.")
    @APIResponse(responseCode = "200", description = "Oldest first",
            content = @Content(schema = @Schema(implementation = DeadLetters.Letter.class, type = SchemaType.ARRAY)))
    public List<DeadLetters.Letter> list() {
        return deadLetters.list();
    }

    @POST
    @Tag(name = "Dead letters", description = "Events the service could not apply")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Administrators only")
    @Path("/replay")
    @Operation(operationId = "replayDeadLetters",
            summary = "Send the letters not replayed yet back to their topics; events already applied are skipped",
            description = "Once the cause is fixed. The consumer's ledger makes a replay safe even for an event applied "
                    + "meanwhile: it is skipped, never applied twice.")
    @APIResponse(responseCode = "200", description = "How many were sent back",
            content = @Content(schema = @Schema(implementation = DeadLetters.Replay.class)))
    public DeadLetters.Replay replay() {
        return deadLetters.replay();
    }
}
