package vn.cascade.common.outbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cascade.common.security.Roles;

/**
 * Outbox events the relay gave up on, and what an administrator does with each. Each service serves it under its own
 * prefix ({@code /api/v1/admin/<service>/outbox/parked}, a subclass carrying the {@code @Path}); the annotations sit
 * on the methods, which a subclass inherits.
 */
public abstract class ParkedEventResource {

    private final ParkedEvents parkedEvents;

    protected ParkedEventResource(ParkedEvents parkedEvents) {
        this.parkedEvents = parkedEvents;
    }

    @GET
    @Tag(name = "Parked events", description = "Outbox events the broker kept refusing (docs/reliability.md)")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Administrators only")
    @Operation(operationId = "listParkedEvents", summary = "Outbox events parked after repeated refusals, oldest first",
            description = "Events of this service the broker refused five times (too large, not authorised), each with "
                    + "its attempts and the broker's last error; the outbox went on with the rows behind them.")
    @APIResponse(responseCode = "200", description = "Oldest first, with the broker's last error",
            content = @Content(schema = @Schema(implementation = ParkedEvents.Parked.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Invalid limit")
    public List<ParkedEvents.Parked> list(@Parameter(description = "At most this many", example = "100")
            @QueryParam("limit") @Min(1) @Max(1000) Integer limit) {
        return parkedEvents.list(limit == null ? 100 : limit);
    }

    @POST
    @Tag(name = "Parked events", description = "Outbox events the broker kept refusing (docs/reliability.md)")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Administrators only")
    @Path("/{id}/retry")
    @Operation(operationId = "retryParkedEvent", summary = "Send a parked event again (after fixing the cause)",
            description = "Releases the event to the relay with its attempts reset; consumers skip it if it was "
                    + "somehow applied already.")
    @APIResponse(responseCode = "204", description = "Released: the relay sends it in its next round")
    @APIResponse(responseCode = "404", description = "No parked event with this id")
    public void retry(@Parameter(description = "Event id") @PathParam("id") UUID id) {
        parkedEvents.retry(id);
    }

    @DELETE
    @Tag(name = "Parked events", description = "Outbox events the broker kept refusing (docs/reliability.md)")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Administrators only")
    @Path("/{id}")
    @Operation(operationId = "dropParkedEvent", summary = "Delete a parked event: it is never published",
            description = "For an event that must never go out (its cause cannot be fixed); the audit trail keeps who "
                    + "dropped it.")
    @APIResponse(responseCode = "204", description = "Dropped")
    @APIResponse(responseCode = "404", description = "No parked event with this id")
    public void drop(@Parameter(description = "Event id") @PathParam("id") UUID id) {
        parkedEvents.drop(id);
    }
}
