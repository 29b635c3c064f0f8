package vn.cascade.common.inbox;

import io.cloudevents.CloudEvent;
import java.util.Set;

/**
 * Applies the events of some topics to a service's own data. Implementations are CDI beans; the
 * {@link EventConsumer} calls {@link #handle} inside the transaction that also records the event id,
 * so an event's effect is committed exactly once.
 */
public interface EventHandler {

    Set<String> topics();

    /** Throws to reject the event: after a few attempts it goes to the dead-letter topic. */
    void handle(CloudEvent event);
}
