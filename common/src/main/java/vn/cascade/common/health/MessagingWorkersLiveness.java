package vn.cascade.common.health;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import vn.cascade.common.inbox.EventConsumer;
import vn.cascade.common.outbox.OutboxRelay;

/**
 * Liveness: the threads that publish the outbox and apply events are running and getting on. One that has died (an
 * Error escaped its loop) or hangs (a handler blocked for ever, a deadlock; no round finished within its
 * stall timeout) never recovers by itself, so the process must be restarted. A broker or database outage neither
 * kills nor stalls them (they wait it out in short rounds), and so never fails liveness. Also in the messaging
 * group, and as gauges.
 */
@Liveness
@HealthGroup(MessagingHealth.GROUP)
@ApplicationScoped
public class MessagingWorkersLiveness implements HealthCheck {

    static final String NAME = "Messaging workers";

    private final OutboxRelay relay;
    private final EventConsumer consumer;

    MessagingWorkersLiveness(OutboxRelay relay, EventConsumer consumer, MeterRegistry registry) {
        this.relay = relay;
        this.consumer = consumer;
        Gauge.builder("cascade.messaging.worker.alive", relay, worker -> healthy(worker.state()) ? 1 : 0)
                .tag("worker", "outbox-relay").description("1 while the worker thread runs (or is disabled on purpose)")
                .register(registry);
        Gauge.builder("cascade.messaging.worker.alive", consumer, worker -> healthy(worker.state()) ? 1 : 0)
                .tag("worker", "event-consumer").description("1 while the worker thread runs (or is disabled on purpose)")
                .register(registry);
    }

    @Override
    public HealthCheckResponse call() {
        String relayState = relay.state();
        String consumerState = consumer.state();
        return HealthCheckResponse.named(NAME)
                .status(healthy(relayState) && healthy(consumerState))
                .withData("outbox-relay", relayState)
                .withData("event-consumer", consumerState)
                .build();
    }

    private static boolean healthy(String state) {
        return state.equals("running") || state.equals("disabled");
    }
}
