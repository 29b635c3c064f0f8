package vn.cascade.reporting.notification.rest;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cascade.common.rest.PageRequest;
import vn.cascade.common.rest.PageResponse;
import vn.cascade.common.security.Roles;
import vn.cascade.common.i18n.Language;
import vn.cascade.reporting.notification.rest.dto.MarkedReadResponse;
import vn.cascade.reporting.notification.rest.dto.NotificationPage;
import vn.cascade.reporting.notification.rest.dto.NotificationResponse;
import vn.cascade.reporting.notification.rest.dto.UnreadCountResponse;
import org.jboss.resteasy.reactive.RestStreamElementType;
import vn.cascade.reporting.notification.config.NotificationConfig;
import vn.cascade.reporting.notification.service.NotificationInbox;
import vn.cascade.reporting.notification.service.NotificationStream;

@Path("/api/v1/notifications")
@Tag(name = "Notifications", description = "The caller's inbox: what its organisation's people in its roles are told "
        + "(reports due, overdue, waiting for review, returned, accepted), with the caller's own read state")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.ISSUER, Roles.REPORTER, Roles.REVIEWER})
@APIResponse(responseCode = "401", description = "No valid bearer token")
@APIResponse(responseCode = "403", description = "The caller's role does not allow this, or its token names no organisation")
public class NotificationResource {

    private static final String LANGUAGE = "Title and text in the first of vi, en it names; Vietnamese without the "
            + "header, English when it names only other languages";

    private final NotificationInbox inbox;
    private final NotificationStream stream;
    private final NotificationConfig config;

    NotificationResource(NotificationInbox inbox, NotificationStream stream, NotificationConfig config) {
        this.inbox = inbox;
        this.stream = stream;
        this.config = config;
    }

    @GET
    @Operation(operationId = "listNotifications", summary = "The caller's notifications, newest first",
            description = "With updatedSince, only those that arrived or that the caller read at or after that instant, "
                    + "by the later of createdAt and readAt, then id: an app keeps the greatest of those it saw and asks "
                    + "again from there. Pages carry RFC 8288 Link headers (first, prev, next, last) beside the total.")
    @Parameter(name = HttpHeaders.ACCEPT_LANGUAGE, in = ParameterIn.HEADER, description = LANGUAGE,
            schema = @Schema(type = SchemaType.STRING), example = "en")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = NotificationPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid page")
    public PageResponse<NotificationResponse> list(
            @Parameter(description = "true: only those the caller has not read", example = "true",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
            @QueryParam("unread") Boolean unread,
            @Parameter(description = "Offline sync: only notifications that arrived or that the caller read at or after "
                    + "this instant (ISO-8601 with offset), ordered by when; send the greatest createdAt or readAt "
                    + "already held", example = "2025-01-31T08:00:00+07:00")
            @QueryParam("updatedSince") OffsetDateTime updatedSince,
            @Valid @BeanParam PageRequest page, @Context HttpHeaders headers) {
        return PageResponse.of(inbox.list(Boolean.TRUE.equals(unread), updatedSince, page.paging(), language(headers)),
                NotificationMapper::toResponse);
    }

    @GET
    @Path("/unread-count")
    @Operation(operationId = "countUnreadNotifications", summary = "How many of the caller's notifications it has not read",
            description = "Cheap to poll: what an app shows on its badge.")
    @APIResponse(responseCode = "200", description = "The count",
            content = @Content(schema = @Schema(implementation = UnreadCountResponse.class)))
    public UnreadCountResponse unreadCount() {
        return new UnreadCountResponse(inbox.unreadCount());
    }

    @POST
    @Path("/{id}/read")
    @Operation(operationId = "markNotificationRead", summary = "Mark one of the caller's notifications read (again: no change)",
            description = "For the caller only: colleagues sharing the inbox keep their own read state. Marking it "
                    + "again changes nothing. 404 when it is not in the caller's inbox.")
    @Parameter(name = HttpHeaders.ACCEPT_LANGUAGE, in = ParameterIn.HEADER, description = LANGUAGE,
            schema = @Schema(type = SchemaType.STRING), example = "en")
    @APIResponse(responseCode = "200", description = "Read",
            content = @Content(schema = @Schema(implementation = NotificationResponse.class)))
    @APIResponse(responseCode = "404", description = "No such notification in the caller's inbox")
    public NotificationResponse markRead(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        return NotificationMapper.toResponse(inbox.markRead(id, language(headers)));
    }

    @POST
    @Path("/read-all")
    @Operation(operationId = "markAllNotificationsRead", summary = "Mark every notification of the caller's inbox read",
            description = "For the caller only: colleagues sharing the inbox keep their own read state. Answers how "
                    + "many were unread.")
    @APIResponse(responseCode = "200", description = "How many were unread",
            content = @Content(schema = @Schema(implementation = MarkedReadResponse.class)))
    public MarkedReadResponse markAllRead() {
        return new MarkedReadResponse(inbox.markAllRead());
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Blocking
    @Operation(operationId = "streamNotifications", summary = "The caller's new notifications as they arrive (SSE)",
            description = "A text/event-stream that sends each notification arriving in the caller's inbox from the "
                    + "moment of connecting, as one JSON event (the Notification schema), within a couple of seconds "
                    + "(cascade.notifications.stream.poll). Scoped like the inbox: the caller's organisation and roles; "
                    + "nothing when the caller turned its inbox off. What arrived while disconnected is in the inbox "
                    + "(listNotifications with updatedSince).")
    @Parameter(name = HttpHeaders.ACCEPT_LANGUAGE, in = ParameterIn.HEADER, description = LANGUAGE,
            schema = @Schema(type = SchemaType.STRING), example = "en")
    @APIResponse(responseCode = "200", description = "The stream, one event per notification",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS,
                    schema = @Schema(implementation = NotificationResponse.class)))
    @APIResponse(responseCode = "400", description = "seconds out of range")
    public Multi<NotificationResponse> stream(
            @Parameter(description = "Close the stream after this many seconds (1 to 1800, the default): for clients "
                    + "behind proxies that cut long connections; an EventSource reconnects by itself",
                    example = "600", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "1800"))
            @QueryParam("seconds") @Min(1) @Max(1800) Integer seconds,
            @Context HttpHeaders headers) {
        NotificationStream.Cursor cursor = stream.open(language(headers));
        return Multi.createFrom().ticks().every(config.stream().poll())
                .select().first(Duration.ofSeconds(seconds == null ? 1800 : seconds))
                .onOverflow().drop()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .concatMap(tick -> Multi.createFrom().iterable(stream.next(cursor)))
                .map(NotificationMapper::toResponse);
    }

    /** The language of Accept-Language ({@link Language#preferred}); Vietnamese when the header is unreadable. */
    private static Language language(HttpHeaders headers) {
        try {
            return Language.preferred(headers.getAcceptableLanguages());
        } catch (RuntimeException unreadable) {
            return Language.DEFAULT;
        }
    }
}
