package vn.cascade.common.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.jackson.JsonFormat;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

/**
 * Events travel as CloudEvents 1.0 in structured JSON mode ({@code application/cloudevents+json}):
 * the Kafka value is the whole envelope, readable without knowing any header convention.
 */
@ApplicationScoped
public class CloudEventCodec {

    public static final String CONTENT_TYPE = JsonFormat.CONTENT_TYPE;

    private final EventFormat format = new JsonFormat();
    private final ObjectMapper objectMapper;

    CloudEventCodec(ObjectMapper objectMapper) {
        // Consumers tolerate fields added by newer producers (the REST API rejects unknown fields instead).
        this.objectMapper = objectMapper.copy()
                .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    public byte[] encode(String id, URI source, String type, String subject, OffsetDateTime time, String jsonData) {
        CloudEvent event = CloudEventBuilder.v1()
                .withId(id)
                .withSource(source)
                .withType(type)
                .withSubject(subject)
                .withTime(time)
                .withDataContentType("application/json")
                .withData(jsonData.getBytes(StandardCharsets.UTF_8))
                .build();
        return format.serialize(event);
    }

    /** @throws io.cloudevents.rw.CloudEventRWException when the bytes are not a CloudEvent */
    public CloudEvent decode(byte[] bytes) {
        return format.deserialize(bytes);
    }

    /** Reads the JSON {@code data} of an event as the given payload type. */
    public <T> T data(CloudEvent event, Class<T> type) {
        if (event.getData() == null) {
            throw new IllegalArgumentException("Event " + event.getId() + " carries no data");
        }
        try {
            return objectMapper.readValue(event.getData().toBytes(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("Event " + event.getId() + " data is not a valid " + type.getSimpleName(), e);
        }
    }
}
