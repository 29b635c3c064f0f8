package vn.cascade.common.inbox;

import io.cloudevents.CloudEvent;
import io.quarkus.arc.All;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.OptimisticLockException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.WakeupException;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import vn.cascade.common.events.CloudEventCodec;
import vn.cascade.common.kafka.KafkaSettings;

/**
 * Feeds the service's {@link EventHandler}s from Kafka, at least once from the broker and exactly once
 * in effect: each event is applied in one transaction together with its entry in {@link ProcessedEvents},
 * and offsets are committed only after that transaction.
 *
 * <p>A record that is not a CloudEvent, or whose handler keeps failing, goes to the dead-letter topic with
 * the error in its headers and the partition moves on. When the database itself is unreachable nothing is
 * dead-lettered: the consumer restarts from the last committed offset and tries again.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final ConsumerConfig config;
    private final KafkaSettings kafkaSettings;
    private final CloudEventCodec codec;
    private final ProcessedEvents processedEvents;
    private final Map<String, EventHandler> handlersByTopic = new HashMap<>();

    private volatile boolean running;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private Thread worker;
    private Producer<String, byte[]> deadLetters;

    EventConsumer(ConsumerConfig config, KafkaSettings kafkaSettings, CloudEventCodec codec,
            ProcessedEvents processedEvents, @All List<EventHandler> handlers) {
        this.config = config;
        this.kafkaSettings = kafkaSettings;
        this.codec = codec;
        this.processedEvents = processedEvents;
        for (EventHandler handler : handlers) {
            for (String topic : handler.topics()) {
                EventHandler previous = handlersByTopic.put(topic, handler);
                if (previous != null) {
                    throw new IllegalStateException("Two handlers for topic " + topic);
                }
            }
        }
    }

    void start(@Observes StartupEvent startup) {
        if (!config.enabled() || handlersByTopic.isEmpty()) {
            LOG.infof("Event consumer not started (enabled=%s, topics=%s)", config.enabled(), handlersByTopic.keySet());
            return;
        }
        deadLetters = new KafkaProducer<>(kafkaSettings.reliableProducer(config.groupId() + "-dead-letters"));
        running = true;
        worker = Thread.ofPlatform().name("event-consumer").daemon().start(this::run);
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (worker != null) {
            worker.join(10_000);
        }
        if (deadLetters != null) {
            deadLetters.close(Duration.ofSeconds(5));
        }
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(kafkaSettings.consumer(config.groupId()))) {
                consumer = kafka;
                kafka.subscribe(handlersByTopic.keySet());
                while (running) {
                    ConsumerRecords<String, byte[]> records = kafka.poll(Duration.ofMillis(500));
                    for (ConsumerRecord<String, byte[]> record : records) {
                        process(record);
                    }
                    if (!records.isEmpty()) {
                        kafka.commitSync();
                    }
                }
            } catch (WakeupException e) {
                // stopping
            } catch (Exception e) {
                // Uncommitted records are delivered again; the ledger skips those already applied.
                LOG.warnf(e, "Event consumer restarting from the last committed offsets");
                pause(config.retryBackoff().multipliedBy(5));
            } finally {
                consumer = null;
            }
        }
    }

    private void process(ConsumerRecord<String, byte[]> record) {
        CloudEvent event;
        try {
            event = codec.decode(record.value());
        } catch (RuntimeException e) {
            deadLetter(record, e);
            return;
        }
        EventHandler handler = handlersByTopic.get(record.topic());
        RuntimeException failure = null;
        for (int attempt = 1; attempt <= config.maxAttempts(); attempt++) {
            try {
                applyOnce(handler, event);
                return;
            } catch (RuntimeException e) {
                if (isDatabaseUnavailable(e)) {
                    throw e;
                }
                failure = e;
                pause(config.retryBackoff().multipliedBy(attempt));
            }
        }
        deadLetter(record, failure);
    }

    private void applyOnce(EventHandler handler, CloudEvent event) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (processedEvents.markFirstDelivery(config.groupId(), event.getId(), event.getType())) {
                handler.handle(event);
            } else {
                LOG.debugf("Event %s already applied; skipped", event.getId());
            }
        });
    }

    private void deadLetter(ConsumerRecord<String, byte[]> record, Exception error) {
        LOG.errorf("Dead-lettering %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), error);
        ProducerRecord<String, byte[]> letter = new ProducerRecord<>(
                config.deadLetterTopicName(), record.key(), record.value());
        record.headers().forEach(header -> letter.headers().add(header));
        header(letter, "cascade-dlt-topic", record.topic());
        header(letter, "cascade-dlt-partition", Integer.toString(record.partition()));
        header(letter, "cascade-dlt-offset", Long.toString(record.offset()));
        header(letter, "cascade-dlt-consumer", config.groupId());
        header(letter, "cascade-dlt-error", String.valueOf(error));
        try {
            deadLetters.send(letter).get();
        } catch (Exception e) {
            throw new IllegalStateException("Dead-letter topic unavailable; record will be retried", e);
        }
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * What passes with time is the database's condition, not the event's fault: connection failures (SQLSTATE 08…),
     * a server shutting down or starting (57P01–57P03), exhausted resources (53…), serialization failures and
     * deadlocks (40001, 40P01), the pool's acquisition timeout, and a concurrent writer's newer version (an
     * optimistic-lock conflict succeeds on a retry). The consumer backs off and retries these, never dead-letters them.
     */
    static boolean isDatabaseUnavailable(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                    || cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return true;
            }
            if (cause instanceof SQLException sql && (isTransientState(sql.getSQLState())
                    || String.valueOf(sql.getMessage()).contains("acquisition timeout"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTransientState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")
                || state.equals("40001") || state.equals("40P01"));
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
