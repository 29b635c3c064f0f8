package vn.cascade.reporting.notification.events;

import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import vn.cascade.common.events.CloudEventCodec;
import vn.cascade.common.events.DirectiveSnapshot;
import vn.cascade.common.events.Topics;
import vn.cascade.common.inbox.EventHandler;
import vn.cascade.reporting.notification.service.DirectiveNotifications;

/**
 * Reads directive-service's {@link Topics#DIRECTIVES} (through common's consumer: once per event id, poison events
 * to the dead-letter topic) for the notifications of directives amended or revoked; reporting-service keeps nothing
 * else of directives. A published directive tells nobody here (plans owed come from the plans).
 */
@ApplicationScoped
public class DirectiveNotificationsHandler implements EventHandler {

    // A replaced directive tells nobody here: plan-service tells the plans resting on it (basis-changed).
    private static final Set<String> TYPES = Set.of(DirectiveSnapshot.PUBLISHED, DirectiveSnapshot.AMENDED,
            DirectiveSnapshot.REVOKED, DirectiveSnapshot.REPLACED);

    private final CloudEventCodec codec;
    private final DirectiveNotifications notifications;

    DirectiveNotificationsHandler(CloudEventCodec codec, DirectiveNotifications notifications) {
        this.codec = codec;
        this.notifications = notifications;
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.DIRECTIVES);
    }

    @Override
    public void handle(CloudEvent event) {
        if (!TYPES.contains(event.getType())) {
            throw new IllegalArgumentException("Unexpected event type " + event.getType() + " on " + Topics.DIRECTIVES);
        }
        DirectiveSnapshot directive = codec.data(event, DirectiveSnapshot.class);
        if (directive.id() == null || directive.symbol() == null || directive.issuingOrganizationCode() == null) {
            throw new IllegalArgumentException("Directive event " + event.getId() + " names no directive");
        }
        notifications.announce(event.getId(), event.getType(), directive,
                event.getTime() == null ? null : event.getTime().toInstant());
    }
}
