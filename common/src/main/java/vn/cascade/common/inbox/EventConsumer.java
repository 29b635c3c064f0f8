package vn.cascade.common.inbox;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
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
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
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
 *
 * <p>Each event is applied in a consumer span that continues the trace of the request that wrote it (the
 * {@code traceparent} header the outbox relay sends), so one trace id runs from that request to this transaction.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final ConsumerConfig config;
    private final KafkaSettings kafkaSettings;
    private final CloudEventCodec codec;
    private final ProcessedEvents processedEvents;
    private final Map<String, EventHandler> handlersByTopic = new HashMap<>();
    private final MeterRegistry registry;
    private final OpenTelemetry openTelemetry;
    private final Tracer tracer;

    private volatile boolean running;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile Thread worker;
    private volatile long lastBeat = System.nanoTime();
    private Producer<String, byte[]> deadLetters;
    private KafkaClientMetrics deadLetterMetrics;

    EventConsumer(ConsumerConfig config, KafkaSettings kafkaSettings, CloudEventCodec codec,
            ProcessedEvents processedEvents, @All List<EventHandler> handlers, MeterRegistry registry,
            OpenTelemetry openTelemetry) {
        this.config = config;
        this.kafkaSettings = kafkaSettings;
        this.codec = codec;
        this.processedEvents = processedEvents;
        this.registry = registry;
        this.openTelemetry = openTelemetry;
        this.tracer = openTelemetry.getTracer("vn.cascade.common.inbox");
        for (EventHandler handler : handlers) {
            for (String topic : handler.topics()) {
                EventHandler previous = handlersByTopic.put(topic, handler);
                if (previous != null) {
                    throw new IllegalStateException("Two handlers for topic " + topic);
                }
            }
        }
        // Registered now, so dashboards and alerts see zeros rather than no series before the first failure.
        for (String topic : handlersByTopic.keySet()) {
            deadLettered(topic);
        }
        count("cascade.consumer.retries", RETRIES, 0);
        count("cascade.consumer.restarts", RESTARTS, 0);
    }

    /** {@code running}, {@code disabled} (or nothing to consume), {@code dead} (its thread ended) or {@code stalled}. */
    public String state() {
        Thread current = worker;
        if (!config.enabled() || handlersByTopic.isEmpty()) {
            return "disabled";
        }
        if (current == null || !current.isAlive()) {
            return "dead";
        }
        return System.nanoTime() - lastBeat > config.stallTimeout().toNanos() ? "stalled" : "running";
    }

    void start(@Observes StartupEvent startup) {
        if (!config.enabled() || handlersByTopic.isEmpty()) {
            LOG.infof("Event consumer not started (enabled=%s, topics=%s)", config.enabled(), handlersByTopic.keySet());
            return;
        }
        deadLetters = new KafkaProducer<>(kafkaSettings.reliableProducer(config.groupId() + "-dead-letters"));
        deadLetterMetrics = new KafkaClientMetrics(deadLetters);
        deadLetterMetrics.bindTo(registry);
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
        if (deadLetterMetrics != null) {
            deadLetterMetrics.close();
        }
        if (deadLetters != null) {
            deadLetters.close(Duration.ofSeconds(5));
        }
    }

    private void run() {
        while (running) {
            KafkaClientMetrics consumerMetrics = null;
            try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(kafkaSettings.consumer(config.groupId()))) {
                consumer = kafka;
                consumerMetrics = new KafkaClientMetrics(kafka);
                consumerMetrics.bindTo(registry);
                kafka.subscribe(handlersByTopic.keySet());
                while (running) {
                    lastBeat = System.nanoTime();
                    ConsumerRecords<String, byte[]> records = kafka.poll(Duration.ofMillis(500));
                    for (ConsumerRecord<String, byte[]> record : records) {
                        process(record);
                        lastBeat = System.nanoTime();
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
                count("cascade.consumer.restarts", RESTARTS, 1);
                pause(config.retryBackoff().multipliedBy(5));
                lastBeat = System.nanoTime();
            } finally {
                consumer = null;
                if (consumerMetrics != null) {
                    consumerMetrics.close();
                }
            }
        }
    }

    private void process(ConsumerRecord<String, byte[]> record) {
        Context parent = openTelemetry.getPropagators().getTextMapPropagator()
                .extract(Context.root(), record.headers(), HEADERS);
        Span span = tracer.spanBuilder(record.topic() + " process").setParent(parent).setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.consumer.group.name", config.groupId())
                .setAttribute("messaging.kafka.offset", record.offset())
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            if (span.getSpanContext().isValid()) {
                MDC.put("traceId", span.getSpanContext().getTraceId());
                MDC.put("spanId", span.getSpanContext().getSpanId());
            }
            process(record, span);
        } catch (RuntimeException e) {
            span.setStatus(StatusCode.ERROR, e.toString());
            throw e;
        } finally {
            span.end();
            MDC.remove("traceId");
            MDC.remove("spanId");
        }
    }

    private void process(ConsumerRecord<String, byte[]> record, Span span) {
        CloudEvent event;
        try {
            event = codec.decode(record.value());
        } catch (RuntimeException e) {
            deadLetter(record, e, "unreadable");
            return;
        }
        span.setAttribute("messaging.message.id", event.getId());
        span.setAttribute("cloudevents.event_type", event.getType());
        EventHandler handler = handlersByTopic.get(record.topic());
        RuntimeException failure = null;
        for (int attempt = 1; attempt <= config.maxAttempts(); attempt++) {
            try {
                boolean applied = applyOnce(handler, event);
                consumed(event.getType(), applied ? "applied" : "duplicate");
                return;
            } catch (RuntimeException e) {
                if (isDatabaseUnavailable(e)) {
                    throw e;
                }
                failure = e;
                if (attempt < config.maxAttempts()) {
                    count("cascade.consumer.retries", RETRIES, 1);
                }
                pause(config.retryBackoff().multipliedBy(attempt));
            }
        }
        deadLetter(record, failure, event.getType());
    }

    /** @return whether the event was applied now (false: applied before, skipped) */
    private boolean applyOnce(EventHandler handler, CloudEvent event) {
        return QuarkusTransaction.requiringNew().call(() -> {
            if (processedEvents.markFirstDelivery(config.groupId(), event.getId(), event.getType())) {
                handler.handle(event);
                return true;
            }
            LOG.debugf("Event %s already applied; skipped", event.getId());
            return false;
        });
    }

    private void consumed(String type, String outcome) {
        Counter.builder("cascade.events.consumed").tag("type", type).tag("outcome", outcome)
                .description("Events consumed, by type and outcome (applied, duplicate, dead-lettered)")
                .register(registry).increment();
    }

    private static final String RETRIES = "Attempts at applying an event again after its handler failed";
    private static final String RESTARTS = "Restarts of the consumer from its committed offsets (outages)";

    private void count(String name, String description, int amount) {
        Counter.builder(name).description(description).register(registry).increment(amount);
    }

    private Counter deadLettered(String topic) {
        return Counter.builder("cascade.events.dead.lettered").tag("topic", topic)
                .description("Events sent to the dead-letter topic, by original topic").register(registry);
    }

    /** Reads the W3C trace context from the record's headers. */
    private static final TextMapGetter<Headers> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
            List<String> keys = new java.util.ArrayList<>();
            headers.forEach(header -> keys.add(header.key()));
            return keys;
        }

        @Override
        public String get(Headers headers, String key) {
            Header header = headers == null ? null : headers.lastHeader(key);
            return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    };

    private void deadLetter(ConsumerRecord<String, byte[]> record, Exception error, String type) {
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
        consumed(type, "dead-lettered");
        deadLettered(record.topic()).increment();
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
