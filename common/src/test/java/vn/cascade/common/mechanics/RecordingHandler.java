package vn.cascade.common.mechanics;

import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import vn.cascade.common.inbox.EventHandler;

/** Writes one row per application of an event; refuses events whose data says "poison". */
@ApplicationScoped
public class RecordingHandler implements EventHandler {

    static final String TOPIC = "cascade.test.recorded.v1";

    /** Events whose data contains this marker fail until the marker is cleared: a bug fixed later. */
    static volatile String failingMarker;

    /** Events whose data contains this marker block the handler until {@link #release} opens: a hung consumer. */
    static volatile String hangingMarker;
    static final java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);

    /** The trace id current while each event was applied, by event data: what the tracing test compares. */
    static final java.util.Map<String, String> traceIds = new java.util.concurrent.ConcurrentHashMap<>();

    private final EntityManager entityManager;

    RecordingHandler(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Set<String> topics() {
        return Set.of(TOPIC);
    }

    @Override
    public void handle(CloudEvent event) {
        String data = new String(event.getData().toBytes(), StandardCharsets.UTF_8);
        entityManager.createNativeQuery("INSERT INTO test_effect (event_id, note) VALUES (:id, :note)")
                .setParameter("id", event.getId())
                .setParameter("note", data)
                .executeUpdate();
        traceIds.put(data, io.opentelemetry.api.trace.Span.current().getSpanContext().getTraceId());
        String hanging = hangingMarker;
        if (hanging != null && data.contains(hanging)) {
            try {
                release.await(120, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String marker = failingMarker;
        if (data.contains("poison") || marker != null && data.contains(marker)) {
            throw new IllegalArgumentException("cannot apply " + data);
        }
    }
}
