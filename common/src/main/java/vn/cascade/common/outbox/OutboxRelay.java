package vn.cascade.common.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RetriableException;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import vn.cascade.common.events.CloudEventCodec;
import vn.cascade.common.kafka.KafkaSettings;

/**
 * Publishes committed outbox rows to Kafka in the order they were written, then marks them sent.
 *
 * <p>Woken by {@code NOTIFY cascade_outbox} (fired by a trigger when an outbox insert commits) and, as a
 * fallback, every poll interval. A transaction-scoped advisory lock makes one replica the publisher at a
 * time, which keeps the events of an aggregate in order across replicas. A crash between send and mark
 * publishes a row again: consumers de-duplicate by event id.
 *
 * <p>A row the broker keeps refusing for itself (too large for the topic, a topic that cannot exist, no permission)
 * is parked after {@code max-attempts} refusals so the rows behind it go on; an outage (timeouts, retriable errors)
 * never parks anything. {@link ParkedEvents} lets an administrator retry or drop a parked row.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String CHANNEL = "cascade_outbox";
    private static final long RELAY_LOCK = 0x6361736361646501L; // "cascade" + 1

    private final OutboxConfig config;
    private final AgroalDataSource dataSource;
    private final EntityManager entityManager;
    private final KafkaSettings kafkaSettings;
    private final CloudEventCodec codec;
    private final Clock clock;
    private final MeterRegistry registry;
    private final Counter parked;
    private final Counter refused;

    private volatile boolean running;
    private volatile Thread worker;
    private volatile long lastBeat = System.nanoTime();
    private Producer<String, byte[]> producer;
    private KafkaClientMetrics producerMetrics;

    OutboxRelay(OutboxConfig config, AgroalDataSource dataSource, EntityManager entityManager,
            KafkaSettings kafkaSettings, CloudEventCodec codec, Clock clock, MeterRegistry registry) {
        this.config = config;
        this.dataSource = dataSource;
        this.entityManager = entityManager;
        this.kafkaSettings = kafkaSettings;
        this.codec = codec;
        this.clock = clock;
        this.registry = registry;
        this.parked = Counter.builder("cascade.outbox.parked.events")
                .description("Outbox rows parked after repeated refusals by the broker").register(registry);
        this.refused = Counter.builder("cascade.outbox.send.failures")
                .description("Sends of outbox rows not acknowledged by the broker (each retried later)")
                .register(registry);
    }

    /** {@code running}, {@code disabled}, {@code dead} (its thread ended) or {@code stalled} (no round finished lately). */
    public String state() {
        Thread current = worker;
        if (!config.relay().enabled()) {
            return "disabled";
        }
        if (current == null || !current.isAlive()) {
            return "dead";
        }
        return System.nanoTime() - lastBeat > config.relay().stallTimeout().toNanos() ? "stalled" : "running";
    }

    void start(@Observes StartupEvent startup) {
        if (!config.relay().enabled()) {
            LOG.info("Outbox relay disabled");
            return;
        }
        producer = new KafkaProducer<>(kafkaSettings.reliableProducer("outbox-relay-" + config.source()));
        producerMetrics = new KafkaClientMetrics(producer);
        producerMetrics.bindTo(registry);
        running = true;
        worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::run);
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        if (worker != null) {
            worker.join(5_000);
        }
        if (producerMetrics != null) {
            producerMetrics.close();
        }
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
        }
    }

    private void run() {
        while (running) {
            try (Connection listener = dataSource.getConnection()) {
                try (Statement statement = listener.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection notifications = listener.unwrap(PGConnection.class);
                while (running) {
                    lastBeat = System.nanoTime();
                    drain();
                    notifications.getNotifications((int) config.relay().pollInterval().toMillis());
                }
            } catch (Exception e) {
                LOG.warnf("Outbox relay interrupted (%s); retrying", e.toString());
                pause(1_000);
                lastBeat = System.nanoTime();
            }
        }
    }

    /** Publishes batches until the outbox holds nothing more to send. */
    private void drain() {
        int batchSize = config.relay().batchSize();
        int published;
        do {
            published = publishBatch(batchSize);
        } while (published == batchSize && running);
    }

    /** @return the number of rows published and marked, or 0 when nothing could be sent */
    int publishBatch(int batchSize) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                boolean leader = (Boolean) entityManager
                        .createNativeQuery("SELECT pg_try_advisory_xact_lock(:lock)")
                        .setParameter("lock", RELAY_LOCK)
                        .getSingleResult();
                if (!leader) {
                    return 0;
                }
                @SuppressWarnings("unchecked")
                List<OutboxEvent> batch = entityManager.createNativeQuery(
                        "SELECT * FROM outbox_event WHERE published_at IS NULL AND parked_at IS NULL"
                                + " ORDER BY seq LIMIT :limit",
                        OutboxEvent.class)
                        .setParameter("limit", batchSize)
                        .getResultList();
                return send(batch);
            });
        } catch (RuntimeException e) {
            LOG.warnf("Outbox batch not published (%s); it stays in the outbox", e.toString());
            pause(1_000);
            return 0;
        }
    }

    private int send(List<OutboxEvent> batch) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        for (OutboxEvent event : batch) {
            byte[] envelope = codec.encode(event.id.toString(), config.source(), event.eventType,
                    event.aggregateId, event.occurredAt, event.payload);
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(event.topic, event.aggregateId, envelope);
            record.headers().add("content-type", CloudEventCodec.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
            if (event.traceparent != null) {
                record.headers().add("traceparent", event.traceparent.getBytes(StandardCharsets.UTF_8));
            }
            acks.add(sendOrFail(record));
        }
        // The whole batch is queued: send it now rather than after linger.ms (which batches records sent one by one
        // from many threads, not a drain that waits for its own acknowledgements). Bounded by delivery.timeout.ms.
        flush();
        long deadline = System.nanoTime() + config.relay().sendTimeout().toNanos();
        OffsetDateTime now = OffsetDateTime.now(clock);
        int published = 0;
        for (int i = 0; i < batch.size(); i++) {
            OutboxEvent event = batch.get(i);
            try {
                acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                event.publishedAt = now;
                published++;
                Counter.builder("cascade.outbox.published.events").tag("type", event.eventType)
                        .description("Events the relay published, by type").register(registry).increment();
            } catch (Exception e) {
                // Later rows may have been sent; they are marked so only this one is sent again.
                Throwable cause = e instanceof java.util.concurrent.ExecutionException && e.getCause() != null
                        ? e.getCause() : e;
                event.attempts++;
                event.lastError = cause.toString();
                refused.increment();
                if (refusesThisRow(cause) && event.attempts >= config.relay().maxAttempts()) {
                    event.parkedAt = now;
                    parked.increment();
                    LOG.errorf("Outbox event %s (%s, %s %s) parked after %d refusals: %s", event.id, event.eventType,
                            event.aggregateType, event.aggregateId, event.attempts, event.lastError);
                }
            }
        }
        if (published < batch.size()) {
            LOG.warnf("%d of %d outbox events not acknowledged by Kafka; retrying later",
                    batch.size() - published, batch.size());
            pause(500);
        }
        return published;
    }

    private void flush() {
        try {
            producer.flush();
        } catch (RuntimeException e) {
            // an interrupted flush: the acknowledgements below say what was sent
            LOG.debugf("Outbox flush interrupted (%s)", e.toString());
        }
    }

    /** A send that fails before reaching the broker (too large, invalid topic) fails its future, not the batch. */
    private Future<RecordMetadata> sendOrFail(ProducerRecord<String, byte[]> record) {
        try {
            return producer.send(record);
        } catch (RuntimeException e) {
            return java.util.concurrent.CompletableFuture.failedFuture(e);
        }
    }

    /**
     * The broker (or the client) refuses this row for what it is; an outage is a timeout or a retriable error, and
     * is waited out without counting against the row.
     */
    static boolean refusesThisRow(Throwable error) {
        return !(error instanceof RetriableException || error instanceof java.util.concurrent.TimeoutException
                || error instanceof org.apache.kafka.common.errors.TimeoutException
                || error instanceof InterruptedException);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
