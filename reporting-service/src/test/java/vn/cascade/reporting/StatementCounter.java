package vn.cascade.reporting;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate sends for one HTTP request that carries {@link #HEADER}: lazy loads during
 * serialisation included, background jobs (which have no HTTP request) left out. Those of common's event consumer are
 * kept apart ({@link #consumer()}): the statements of the transaction that applies an event.
 */
@PersistenceUnitExtension
public class StatementCounter implements StatementInspector {

    public static final String HEADER = "X-Test-Count-Statements";

    private static final Map<String, List<String>> STATEMENTS = new ConcurrentHashMap<>();
    private static final List<String> CONSUMER = new CopyOnWriteArrayList<>();

    @Override
    public String inspect(String sql) {
        if ("event-consumer".equals(Thread.currentThread().getName())) {
            CONSUMER.add(sql);
        }
        if (Arc.container() != null && Arc.container().requestContext().isActive()) {
            RoutingContext request = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
            String key = request == null ? null : request.request().getHeader(HEADER);
            if (key != null) {
                STATEMENTS.computeIfAbsent(key, ignored -> new CopyOnWriteArrayList<>()).add(sql);
            }
        }
        return sql;
    }

    /** The statements of the request that sent this header value, in order. */
    public static List<String> of(String key) {
        return List.copyOf(STATEMENTS.getOrDefault(key, List.of()));
    }

    /** The statements of the event consumer's thread since {@link #clearConsumer()}, in order. */
    public static List<String> consumer() {
        return List.copyOf(CONSUMER);
    }

    public static void clearConsumer() {
        CONSUMER.clear();
    }
}
