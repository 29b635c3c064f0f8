package vn.cascade.common.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness: can the next request get a working connection. It borrows one the way a request does, so the pool's
 * check on borrow replaces a connection the server ended (a restart, a failover, pg_terminate_backend). Quarkus's own
 * datasource check (switched off) validates whichever pooled connection it picks without that check, and reported a
 * replica that was serving requests as not ready once for every ended connection still in the pool.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final String NAME = "Database";
    private static final int VALIDATION_SECONDS = 2;

    private final DataSource dataSource;

    DatabaseReadiness(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            return HealthCheckResponse.named(NAME).status(connection.isValid(VALIDATION_SECONDS)).build();
        } catch (SQLException e) {
            return HealthCheckResponse.named(NAME).down().withData("error", e.getMessage()).build();
        }
    }
}
