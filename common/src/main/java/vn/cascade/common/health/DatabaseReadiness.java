package vn.cascade.common.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness: can the next request get a working connection. It borrows one the way a request does: the pool validates
 * it on borrow ({@code validate-on-borrow}, common's configuration) and replaces a connection the server ended (a
 * restart, a failover, pg_terminate_backend), so a borrowed connection is a working one. Quarkus's own datasource
 * check (switched off) validates whichever pooled connection it picks without that, and reported a replica that was
 * serving requests as not ready once for every ended connection still in the pool.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final String NAME = "Database";

    private final DataSource dataSource;

    DatabaseReadiness(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public HealthCheckResponse call() {
        try (Connection borrowed = dataSource.getConnection()) {
            return HealthCheckResponse.up(NAME);
        } catch (SQLException e) {
            return HealthCheckResponse.named(NAME).down().withData("error", e.getMessage()).build();
        }
    }
}
