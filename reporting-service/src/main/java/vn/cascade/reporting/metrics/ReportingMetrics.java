package vn.cascade.reporting.metrics;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.jboss.logging.Logger;
import vn.cascade.reporting.domain.ObligationStatus;

/**
 * What the reporting side of the system looks like right now, as gauges for the dashboard and alerts: obligations by
 * status, open obligations past their overdue time (marked or not yet), reports waiting for a reviewer. Counted over
 * the whole database, at most once per {@link #FRESH} however often Prometheus scrapes.
 */
@Startup
@ApplicationScoped
public class ReportingMetrics {

    private static final Logger LOG = Logger.getLogger(ReportingMetrics.class);
    private static final Duration FRESH = Duration.ofSeconds(10);

    private record Reading(Map<ObligationStatus, Double> byStatus, double overdue, double awaitingReview, long at) {
    }

    private final AgroalDataSource dataSource;
    private volatile Reading last;

    ReportingMetrics(AgroalDataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        for (ObligationStatus status : ObligationStatus.values()) {
            Gauge.builder("cascade.reporting.obligations", this, metrics -> metrics.read().byStatus().get(status))
                    .tag("status", status.name()).description("Reporting obligations by status").register(registry);
        }
        Gauge.builder("cascade.reporting.obligations.overdue", this, metrics -> metrics.read().overdue())
                .description("Open obligations (pending, due, overdue) whose overdue time has passed")
                .register(registry);
        Gauge.builder("cascade.reporting.reports.awaiting.review", this, metrics -> metrics.read().awaitingReview())
                .description("Submitted reports no reviewer has accepted or returned yet").register(registry);
    }

    private Reading read() {
        Reading reading = last;
        if (reading != null && System.nanoTime() - reading.at() < FRESH.toNanos()) {
            return reading;
        }
        Map<ObligationStatus, Double> byStatus = new EnumMap<>(ObligationStatus.class);
        for (ObligationStatus status : ObligationStatus.values()) {
            byStatus.put(status, 0.0);
        }
        double overdue;
        double awaitingReview;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery(
                    "SELECT status, count(*) FROM reporting_obligation GROUP BY status")) {
                while (rows.next()) {
                    byStatus.put(ObligationStatus.valueOf(rows.getString(1)), (double) rows.getLong(2));
                }
            }
            try (ResultSet row = statement.executeQuery("SELECT count(*) FROM reporting_obligation"
                    + " WHERE status IN ('PENDING', 'DUE', 'OVERDUE') AND overdue_at < now()")) {
                row.next();
                overdue = row.getLong(1);
            }
            try (ResultSet row = statement.executeQuery("SELECT count(*) FROM report WHERE status = 'SUBMITTED'")) {
                row.next();
                awaitingReview = row.getLong(1);
            }
        } catch (Exception e) {
            // A scrape during a database outage reports nothing rather than a stale figure.
            LOG.debugf("Reporting metrics not read: %s", e);
            byStatus.replaceAll((status, count) -> Double.NaN);
            overdue = Double.NaN;
            awaitingReview = Double.NaN;
        }
        reading = new Reading(byStatus, overdue, awaitingReview, System.nanoTime());
        last = reading;
        return reading;
    }
}
