package vn.cascade.common.kept;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Tells the values a service keeps in memory ({@link KeptValues}) that the tables they were read from changed, in
 * every replica: a statement trigger on each such table sends {@code NOTIFY cascade_kept, '<table>'} in the
 * writing transaction, which PostgreSQL delivers on commit (never on rollback) to every listening connection; this
 * bean holds one, as the outbox relay does, and drops what was read from that table. While it holds none (start,
 * a lost connection) nothing is kept and every read goes to the database; on (re)connecting everything kept is
 * dropped, since notifications sent meanwhile are lost (docs/decisions.md, "Data that rarely change, kept").
 */
@ApplicationScoped
public class TableChanges {

    static final String CHANNEL = "cascade_kept";
    private static final Logger LOG = Logger.getLogger(TableChanges.class);
    /** How long a wait for a notification lasts before the connection is checked. */
    private static final int WAIT_MILLIS = 5_000;

    private final AgroalDataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;
    private final List<KeptValues<?, ?>> kept = new CopyOnWriteArrayList<>();

    private volatile boolean listening;
    private boolean started;
    private volatile boolean running;
    private volatile Thread worker;

    TableChanges(AgroalDataSource dataSource, TransactionSynchronizationRegistry transactions) {
        this.dataSource = dataSource;
        this.transactions = transactions;
    }

    /** Values read from these tables, dropped whenever one of them changes. */
    public <K, V> KeptValues<K, V> keep(String name, int maxEntries, String... tables) {
        KeptValues<K, V> values = new KeptValues<>(name, Set.of(tables), maxEntries, this);
        kept.add(values);
        synchronized (this) {
            if (started) {
                listen();
            }
        }
        return values;
    }

    /** Whether a change would reach this replica now: only then may a value be kept. */
    public boolean listening() {
        return listening;
    }

    /**
     * Drops what was read from these tables once the current transaction commits, without waiting for the
     * notification: the writing replica's next request sees the change even before its own notification arrives.
     */
    public void changedOnCommit(String... tables) {
        if (transactions.getTransactionKey() == null) {
            changed(tables);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    changed(tables);
                }
            }
        });
    }

    void changed(String... tables) {
        kept.stream().filter(values -> Arrays.stream(tables).anyMatch(values::readFrom)).forEach(KeptValues::drop);
    }

    private void dropAll() {
        kept.forEach(KeptValues::drop);
    }

    /** Listens once the application has started and something is kept: a service keeping nothing holds no connection. */
    synchronized void start(@Observes StartupEvent startup) {
        started = true;
        if (!kept.isEmpty()) {
            listen();
        }
    }

    private synchronized void listen() {
        if (worker == null) {
            running = true;
            worker = Thread.ofPlatform().name("kept-data-listener").daemon().start(this::run);
        }
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        Thread current = worker;
        if (current != null) {
            current.interrupt();
            current.join(2_000);
        }
    }

    private void run() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection notifications = connection.unwrap(PGConnection.class);
                dropAll(); // what was kept before may have changed unseen
                listening = true;
                while (running) {
                    PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
                    if (received == null || received.length == 0) {
                        try (Statement statement = connection.createStatement()) {
                            statement.execute("LISTEN " + CHANNEL); // a no-op that fails on a lost connection
                        }
                        continue;
                    }
                    for (PGNotification notification : received) {
                        changed(notification.getParameter());
                    }
                }
            } catch (Exception e) {
                if (running) {
                    LOG.warnf("Listening for changes of kept data interrupted (%s); reading from the database until "
                            + "it is back", e.toString());
                }
            } finally {
                listening = false;
                dropAll();
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
