package vn.cascade.common.audit;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.BlockingOperationControl;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import vn.cascade.common.paging.Page;
import vn.cascade.common.paging.Paging;
import vn.cascade.common.persistence.SqlValues;
import vn.cascade.common.security.Caller;

/**
 * Records every request that may change something (POST, PUT, PATCH, DELETE under /api/) with its caller,
 * client, organisation, path, outcome and the location of what it created. Refused and failed attempts are
 * recorded too: an audit answers "who tried what" as well as "who did what". Attempts without a valid token are
 * counted, not written one row each (metric {@code cascade.audit.unauthenticated}), so that nobody can fill the
 * table anonymously; lines written off the request thread wait in a bounded queue, and what overflows it is
 * counted ({@code cascade.audit.dropped}) and logged.
 *
 * <p>The line of a change that succeeded in a transaction its interceptor owns ({@code IdempotencyInterceptor}: every
 * {@code @Idempotent} POST) is written in that transaction, so it exists if and only if the change committed, at no
 * commit of its own; this filter writes every other line (refusals, failures, replays, other changes) in a
 * transaction of its own after the answer, as before.
 *
 * <p>Every text of a line is stored printable and within its column: the path, the location and the caller's names
 * come from the request or its token, and PostgreSQL text cannot hold a NUL, so a control character is written as its
 * UTF-8 percent-encoding ({@code %00}) and an over-long value is cut at {@link #MAX_TEXT} (or the column's width) with
 * a trailing {@code …}. A request refused for its path is audited like any other.
 */
@ApplicationScoped
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class);
    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** The longest path or location kept: as long as the longest URI taken at all (UnsafeInputFilter). */
    static final int MAX_TEXT = 4096;
    private static final char CUT = '…';

    /** One line of the audit. */
    @Schema(name = "AuditEntry")
    public record Entry(long id, OffsetDateTime at, String actor, String client, String organizationCode, String method,
            String path, int status, String location) {
    }

    /** A line as written: its texts already printable and cut to their columns. */
    public record Line(OffsetDateTime at, String actor, String client, String organization, String method, String path,
            int status, String location) {
    }

    /** The request property marking a line written in the change's own transaction. */
    private static final String WRITTEN = AuditTrail.class.getName() + ".written";

    private final EntityManager entityManager;
    private final ContainerRequestContext currentRequest;
    private final Caller caller;
    private final Clock clock;
    private final MeterRegistry meters;
    private final ThreadPoolExecutor writer;

    AuditTrail(EntityManager entityManager, ContainerRequestContext currentRequest, Caller caller, Clock clock,
            MeterRegistry meters,
            @ConfigProperty(name = "cascade.audit.queue-capacity", defaultValue = "1000") int queueCapacity) {
        this.entityManager = entityManager;
        this.currentRequest = currentRequest;
        this.caller = caller;
        this.clock = clock;
        this.meters = meters;
        this.writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queueCapacity),
                runnable -> Thread.ofPlatform().name("audit-writer").daemon().unstarted(runnable),
                (runnable, executor) -> {
                    meters.counter("cascade.audit.dropped").increment();
                    LOG.warn("Audit queue full: an audit line was dropped");
                });
    }

    @PreDestroy
    void stop() {
        writer.shutdown();
    }

    @ServerResponseFilter
    public void record(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(WRITTEN) != null) {
            return; // written in the change's own transaction, which committed (succeeded)
        }
        // Read on the request's thread; a refusal before any resource ran (401, 403) is answered on the event loop,
        // where no blocking insert may run, so its line is written from a worker thread.
        Line line = line(request, response.getStatus(), response.getHeaderString("Location"), true).orElse(null);
        if (line == null) {
            return;
        }
        if (line.status() == 401) {
            meters.counter("cascade.audit.unauthenticated", "method", line.method()).increment();
            return;
        }
        Runnable write = () -> {
            try {
                QuarkusTransaction.requiringNew().run(() -> insert("", line).executeUpdate());
            } catch (RuntimeException e) {
                // The change itself is committed or refused already; a lost audit line must not turn it into an error.
                LOG.errorf(e, "Audit entry not written: %s %s by %s → %d", line.method(), line.path(), line.actor(),
                        line.status());
            }
        };
        if (BlockingOperationControl.isBlockingAllowed()) {
            write.run();
        } else {
            writer.execute(write);
        }
    }

    /**
     * The line of a change that succeeded, to be written in the change's own transaction (issue 18, run 7a: the
     * line commits with the change, not in a transaction of its own after it); empty for a request that is not
     * audited (a read, or outside /api/). Write it with {@link #insert}, and after the commit call {@link #written}.
     */
    public Optional<Line> succeeded(int status, String location) {
        if (CurrentRequestManager.get() == null) {
            return Optional.empty(); // called outside an HTTP request: nothing to audit
        }
        return line(currentRequest, status, location, false);
    }

    /**
     * One statement writing the line: {@code with} (a data-modifying {@code WITH … AS (…)} of the caller's, whose
     * parameters it binds itself, or empty) followed by the INSERT, its parameters bound. One round trip for both.
     */
    public Query insert(String with, Line line) {
        return entityManager.createNativeQuery(with + """
                INSERT INTO audit_entry (at, actor, client, organization_code, method, path, status, location)
                VALUES (:audit_at, :audit_actor, :audit_client, :audit_organization, :audit_method, :audit_path,
                        :audit_status, :audit_location)""")
                .setParameter("audit_at", line.at())
                .setParameter("audit_actor", line.actor())
                .setParameter("audit_client", line.client())
                .setParameter("audit_organization", line.organization())
                .setParameter("audit_method", line.method())
                .setParameter("audit_path", line.path())
                .setParameter("audit_status", line.status())
                .setParameter("audit_location", line.location());
    }

    /** The current request's line was committed with its change: the response filter does not write it again. */
    public void written() {
        currentRequest.setProperty(WRITTEN, Boolean.TRUE);
    }

    private Optional<Line> line(ContainerRequestContext request, int status, String location, boolean unverified) {
        String requested = request.getUriInfo().getPath();
        if (!CHANGES.contains(request.getMethod()) || !requested.startsWith("/api/")) {
            return Optional.empty();
        }
        String actor;
        String client;
        String organization;
        try {
            actor = printable(caller.name(), 200);
            client = caller.clientId().map(id -> printable(id, 200)).orElse(null);
            organization = caller.organizationCode().map(code -> printable(code, 50)).orElse(null);
        } catch (RuntimeException e) {
            if (!unverified) {
                throw e;
            }
            // A token that failed verification has no identity to read: the attempt is still recorded.
            actor = "unauthenticated";
            client = null;
            organization = null;
        }
        return Optional.of(new Line(OffsetDateTime.now(clock), actor, client, organization, request.getMethod(),
                printable(requested, MAX_TEXT), status, location == null ? null : printable(location, MAX_TEXT)));
    }

    /**
     * The text as stored: each control character (C0, DEL, C1) percent-encoded as its UTF-8 bytes, and at most
     * {@code max} characters, the last of them {@code …} when the text was cut. A null stays null.
     */
    static String printable(String text, int max) {
        if (text == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(Math.min(text.length(), max));
        int fits = 0; // the length up to the last whole character or escape that leaves room for the mark
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            kept.append(c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) ? percentEncoded(c) : Character.toString(c));
            if (kept.length() > max) {
                kept.setLength(fits);
                return kept.append(CUT).toString();
            }
            if (kept.length() < max) {
                fits = kept.length();
            }
        }
        return kept.toString();
    }

    private static String percentEncoded(int c) {
        StringBuilder escaped = new StringBuilder();
        for (byte b : Character.toString(c).getBytes(StandardCharsets.UTF_8)) {
            escaped.append('%').append(String.format("%02X", b & 0xFF));
        }
        return escaped.toString();
    }

    /** One page of the trail, newest first, with the count of all matching entries. */
    @SuppressWarnings("unchecked")
    public Page<Entry> search(String actor, String pathPrefix, Paging paging) {
        StringBuilder where = new StringBuilder(" FROM audit_entry WHERE true");
        if (actor != null) {
            where.append(" AND actor = :actor");
        }
        if (pathPrefix != null) {
            where.append(" AND path LIKE :path ESCAPE '\\'");
        }
        Query query = entityManager.createNativeQuery("SELECT id, at, actor, client, organization_code, method, path, "
                        + "status, location" + where + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .setParameter("limit", paging.limit())
                .setParameter("offset", paging.offset());
        Query count = entityManager.createNativeQuery("SELECT count(*)" + where);
        for (Query q : List.of(query, count)) {
            if (actor != null) {
                q.setParameter("actor", actor);
            }
            if (pathPrefix != null) {
                // a prefix, taken literally: '%' and '_' in it match themselves
                q.setParameter("path", pathPrefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        List<Object[]> rows = query.getResultList();
        List<Entry> entries = rows.stream().map(row -> new Entry(((Number) row[0]).longValue(),
                SqlValues.offsetDateTime(row[1]), (String) row[2], (String) row[3], (String) row[4], (String) row[5],
                (String) row[6], ((Number) row[7]).intValue(), (String) row[8])).toList();
        return new Page<>(entries, ((Number) count.getSingleResult()).longValue(), paging);
    }

}
