package vn.cascade.reader;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import vn.cascade.common.problem.ProblemException;
import vn.cascade.common.problem.ProblemType;

/**
 * At most one import per caller at a time: a second import by the same caller while the first runs is refused
 * (429), so that one user cannot hold several of the service's threads with large documents.
 */
public final class ImportGate {

    /** How long a refused caller is told to wait before trying again (the Retry-After of the 429 answer). */
    public static final int RETRY_AFTER_SECONDS = 5;

    /** The caller's slot, held until closed. */
    public interface Ticket extends AutoCloseable {
        @Override
        void close();
    }

    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private volatile Consumer<String> whileHeld = caller -> {
    };

    /**
     * Takes the caller's slot.
     *
     * @throws ProblemException 429 (with Retry-After) when the caller already holds it
     */
    public Ticket enter(String caller) {
        if (!running.add(caller)) {
            throw new ProblemException(ProblemType.TOO_MANY_REQUESTS, "An import by " + caller
                    + " is already running: wait for it to finish").localized("detail.import-running")
                    .retryAfter(RETRY_AFTER_SECONDS);
        }
        Ticket ticket = () -> running.remove(caller);
        try {
            whileHeld.accept(caller);
        } catch (RuntimeException | Error e) {
            ticket.close();
            throw e;
        }
        return ticket;
    }

    /**
     * A test seam: runs in the importing thread right after it took its slot, so a test can hold an import there
     * (deterministically, without sleeping) while it sends a second one. Null restores the default (nothing).
     */
    public void whileHeld(Consumer<String> action) {
        this.whileHeld = action == null ? caller -> {
        } : action;
    }
}
