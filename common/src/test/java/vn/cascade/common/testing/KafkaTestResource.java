package vn.cascade.common.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points the service at the shared {@link EmbeddedKafka} broker. */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", EmbeddedKafka.bootstrapServers());
    }

    @Override
    public void stop() {
        // the broker is shared by the whole JVM and stops with it
    }
}
