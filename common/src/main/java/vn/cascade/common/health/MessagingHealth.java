package vn.cascade.common.health;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import vn.cascade.common.kafka.KafkaSettings;

/**
 * The broker, in the {@code messaging} health group ({@code /q/health/group/messaging}), not in readiness: the API
 * serves from the database alone, and writes go to the outbox, which waits for the broker. Taking every replica out
 * of the Service when Kafka is down would turn a delay of events into an outage of the API.
 */
@HealthGroup(MessagingHealth.GROUP)
@ApplicationScoped
public class MessagingHealth implements HealthCheck {

    public static final String GROUP = "messaging";

    private final KafkaSettings kafkaSettings;
    private Admin admin;

    MessagingHealth(KafkaSettings kafkaSettings) {
        this.kafkaSettings = kafkaSettings;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Kafka broker");
        try {
            String cluster = admin().describeCluster().clusterId().get(3, TimeUnit.SECONDS);
            int nodes = admin().describeCluster().nodes().get(3, TimeUnit.SECONDS).size();
            return response.up().withData("cluster", cluster).withData("nodes", nodes).build();
        } catch (Exception e) {
            return response.down().withData("error", e.toString()).build();
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(kafkaSettings.admin("health-check"));
        }
        return admin;
    }

    synchronized void close(@Observes ShutdownEvent shutdown) {
        if (admin != null) {
            admin.close(java.time.Duration.ofSeconds(2));
        }
    }
}
