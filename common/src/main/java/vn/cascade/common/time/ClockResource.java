package vn.cascade.common.time;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cascade.common.problem.ProblemException;
import vn.cascade.common.security.Roles;

/**
 * The service's clock, movable by administrators where {@code cascade.clock.adjustable=true} (demos and system
 * tests: make a report due without waiting for its date). Everywhere else every call is a 404.
 *
 * <p>Each service serves it under its own prefix ({@code /api/v1/admin/<service>/clock}, a subclass carrying the
 * {@code @Path}) so that the three services' paths are one API surface behind one gateway. The annotations sit on
 * the methods because a subclass inherits a method's annotations, not its superclass's class-level ones.
 */
public abstract class ClockResource {

    /** What the service's clock reads, and how far it was moved. */
    @Schema(name = "ClockState")
    public record ClockState(
            @Schema(description = "What the service's clock reads now", example = "2027-03-30T01:00:00Z")
            Instant instant,
            @Schema(description = "Seconds the clock is ahead of the system's (negative: behind); 0 when not moved",
                    example = "10800000")
            long offsetSeconds) {
    }

    /** Where to move the clock. */
    @Schema(name = "ClockMove")
    public record ClockMove(
            @NotNull @Schema(description = "The instant the clock reads from now on; it keeps ticking from there",
                    example = "2027-03-30T01:00:00Z", required = true)
            Instant instant) {
    }

    private final ClockConfig config;
    private final AdjustableClock adjustable;
    private final Clock clock;

    protected ClockResource(ClockConfig config, AdjustableClock adjustable, Clock clock) {
        this.config = config;
        this.adjustable = adjustable;
        this.clock = clock;
    }

    @GET
    @Tag(name = "Clock", description = "The service's time; movable only where cascade.clock.adjustable is on (demos, system tests)")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Administrators only")
    @APIResponse(responseCode = "404", description = "The clock of this service is not adjustable (production)")
    @Operation(operationId = "getClock", summary = "What this service's clock reads and how far it was moved",
            description = "Administrators only, and only where the adjustable clock is switched on (demos, system "
                    + "tests); production runs on the system clock.")
    @APIResponse(responseCode = "200", description = "The clock",
            content = @Content(schema = @Schema(implementation = ClockState.class)))
    public ClockState get() {
        requireAdjustable();
        return state();
    }

    @PUT
    @Tag(name = "Clock", description = "The service's time; movable only where cascade.clock.adjustable is on (demos, system tests)")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Administrators only")
    @APIResponse(responseCode = "404", description = "The clock of this service is not adjustable (production)")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "moveClock",
            summary = "Move this service's clock to an instant (forward or back); schedulers see it on their next tick",
            description = "Administrators only, where the adjustable clock is switched on. Reminders and overdue marks "
                    + "then fall due as they would on that day.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ClockMove.class),
            examples = @ExampleObject(name = "a quarter's reminder", value = "{\"instant\": \"2027-03-30T01:00:00Z\"}")))
    @APIResponse(responseCode = "200", description = "The clock, moved",
            content = @Content(schema = @Schema(implementation = ClockState.class)))
    @APIResponse(responseCode = "400", description = "No instant, or not an ISO-8601 instant")
    public ClockState move(@Valid @NotNull ClockMove move) {
        requireAdjustable();
        adjustable.moveTo(move.instant());
        return state();
    }

    @DELETE
    @Tag(name = "Clock", description = "The service's time; movable only where cascade.clock.adjustable is on (demos, system tests)")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Administrators only")
    @APIResponse(responseCode = "404", description = "The clock of this service is not adjustable (production)")
    @Operation(operationId = "resetClock", summary = "Put this service's clock back to the system's time",
            description = "Administrators only, where the adjustable clock is switched on.")
    @APIResponse(responseCode = "200", description = "The clock, back to the system's time",
            content = @Content(schema = @Schema(implementation = ClockState.class)))
    public ClockState reset() {
        requireAdjustable();
        adjustable.reset();
        return state();
    }

    private void requireAdjustable() {
        if (!config.adjustable()) {
            throw ProblemException.notFound("The clock of this service is not adjustable (cascade.clock.adjustable is off)");
        }
    }

    private ClockState state() {
        return new ClockState(clock.instant(), adjustable.offset().toSeconds());
    }
}
