package vn.cascade.common.outbox;

import io.agroal.api.AgroalDataSource;
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

    private volatile boolean running;
    private Thread worker;
    private Producer<String, byte[]> producer;

    OutboxRelay(OutboxConfig config, AgroalDataSource dataSource, EntityManager entityManager,
            KafkaSettings kafkaSettings, CloudEventCodec codec, Clock clock) {
        this.config = config;
        this.dataSource = dataSource;
        this.entityManager = entityManager;
        this.kafkaSettings = kafkaSettings;
        this.codec = codec;
        this.clock = clock;
    }

    void start(@Observes StartupEvent startup) {
        if (!config.relay().enabled()) {
            LOG.info("Outbox relay disabled");
            return;
        }
        producer = new KafkaProducer<>(kafkaSettings.reliableProducer("outbox-relay-" + config.source()));
        running = true;
        worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::run);
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        if (worker != null) {
            worker.join(5_000);
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
                    drain();
                    notifications.getNotifications((int) config.relay().pollInterval().toMillis());
                }
            } catch (Exception e) {
                LOG.warnf("Outbox relay interrupted (%s); retrying", e.toString());
                pause(1_000);
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
                        "SELECT * FROM outbox_event WHERE published_at IS NULL ORDER BY seq LIMIT :limit",
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
            acks.add(producer.send(record));
        }
        long deadline = System.nanoTime() + config.relay().sendTimeout().toNanos();
        OffsetDateTime now = OffsetDateTime.now(clock);
        int published = 0;
        for (int i = 0; i < batch.size(); i++) {
            OutboxEvent event = batch.get(i);
            try {
                acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                event.publishedAt = now;
                published++;
            } catch (Exception e) {
                // Later rows may have been sent; they are marked so only this one is sent again.
                event.attempts++;
                event.lastError = e.toString();
            }
        }
        if (published < batch.size()) {
            LOG.warnf("%d of %d outbox events not acknowledged by Kafka; retrying later",
                    batch.size() - published, batch.size());
            pause(500);
        }
        return published;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
