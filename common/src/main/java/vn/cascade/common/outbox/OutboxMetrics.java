package vn.cascade.common.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * The outbox as gauges: rows waiting, the age of the oldest, rows parked. Read from the table (the truth across
 * replicas), at most once per few seconds however often Prometheus scrapes.
 */
@Startup
@ApplicationScoped
public class OutboxMetrics {

    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);
    private static final long FRESH_NANOS = Duration.ofSeconds(2).toNanos();

    private record Reading(double backlog, double oldestAgeSeconds, double parked, long at) {
    }

    private final AgroalDataSource dataSource;
    private volatile Reading last = new Reading(Double.NaN, Double.NaN, Double.NaN, 0);

    OutboxMetrics(AgroalDataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        Gauge.builder("cascade.outbox.backlog", this, metrics -> metrics.read().backlog())
                .description("Outbox events not yet published (parked ones excluded)").register(registry);
        Gauge.builder("cascade.outbox.oldest.unpublished.age", this, metrics -> metrics.read().oldestAgeSeconds())
                .baseUnit("seconds")
                .description("Age of the oldest outbox event waiting to be published; 0 when none waits")
                .register(registry);
        Gauge.builder("cascade.outbox.parked", this, metrics -> metrics.read().parked())
                .description("Outbox events parked after repeated refusals, waiting for an administrator")
                .register(registry);
    }

    private Reading read() {
        Reading reading = last;
        if (System.nanoTime() - reading.at() < FRESH_NANOS && reading.at() != 0) {
            return reading;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("""
                        SELECT count(*) FILTER (WHERE parked_at IS NULL),
                               coalesce(extract(epoch FROM now() - min(occurred_at) FILTER (WHERE parked_at IS NULL)), 0),
                               count(*) FILTER (WHERE parked_at IS NOT NULL)
                        FROM outbox_event WHERE published_at IS NULL""")) {
            row.next();
            reading = new Reading(row.getLong(1), row.getDouble(2), row.getLong(3), System.nanoTime());
        } catch (Exception e) {
            // A scrape during a database outage: report nothing rather than a stale or invented figure.
            LOG.debugf("Outbox metrics not read: %s", e);
            reading = new Reading(Double.NaN, Double.NaN, Double.NaN, System.nanoTime());
        }
        last = reading;
        return reading;
    }
}
