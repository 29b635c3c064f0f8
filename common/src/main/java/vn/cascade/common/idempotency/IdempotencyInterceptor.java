package vn.cascade.common.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import vn.cascade.common.audit.AuditTrail;
import vn.cascade.common.problem.ProblemException;
import vn.cascade.common.problem.ProblemType;
import vn.cascade.common.security.Caller;

/**
 * Makes an {@link Idempotent} POST happen once per key. The key is claimed in the transaction of the effect and
 * the response stored in it, so they commit or roll back together: a retry after success gets the stored
 * response; a retry while the first attempt runs waits on the key; a retry after a failure runs afresh.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 100)
public class IdempotencyInterceptor {

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final Caller caller;
    private final AuditTrail audit;

    IdempotencyInterceptor(EntityManager entityManager, ObjectMapper objectMapper, Caller caller, AuditTrail audit) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.caller = caller;
        this.audit = audit;
    }

    @AroundInvoke
    Object once(InvocationContext invocation) throws Exception {
        String key = key(invocation);
        if (key != null && (key.isBlank() || key.length() > 200)) {
            throw ProblemException.invalid(Idempotent.HEADER, "give 1 to 200 characters");
        }
        // Owning the transaction, the interceptor knows when the change commits: its audit line goes into it.
        boolean owned = !QuarkusTransaction.isActive();
        if (key == null && !owned) {
            return invocation.proceed();
        }
        String hash = key == null ? null : requestHash(invocation);
        boolean[] audited = {false};
        Object answer = QuarkusTransaction.joiningExisting().call(() -> {
            if (key != null && !claim(key, hash)) {
                throw new IdempotentReplay(replay(key, hash));
            }
            Object result = invocation.proceed();
            audited[0] = finish(key, result, owned);
            return result;
        });
        if (audited[0]) {
            audit.written(); // committed with the change
        }
        return answer;
    }

    private boolean claim(String key, String hash) {
        return entityManager.createNativeQuery("""
                INSERT INTO idempotent_request (caller, key, request_hash) VALUES (:caller, :key, :hash)
                ON CONFLICT DO NOTHING""")
                .setParameter("caller", caller.name())
                .setParameter("key", key)
                .setParameter("hash", hash)
                .executeUpdate() == 1;
    }

    /**
     * The stored answer (with a key) and the audit line of a success (when this interceptor owns the transaction)
     * in one statement, the last before the commit (issue 18, run 7a); whether the line was written.
     */
    private boolean finish(String key, Object result, boolean owned) throws JsonProcessingException {
        Response response = result instanceof Response given ? given : null;
        Object entity = response != null ? response.getEntity() : result;
        int status = response != null ? response.getStatus() : (entity == null ? 204 : 200);
        String location = response != null && response.getLocation() != null ? response.getLocation().toString() : null;
        // a refusal answered without an exception is written by the audit's filter, as every refusal is
        AuditTrail.Line line = owned && status < 400 ? audit.succeeded(status, location).orElse(null) : null;
        if (key == null) {
            if (line != null) {
                audit.insert("", line).executeUpdate();
            }
            return line != null;
        }
        String store = """
                UPDATE idempotent_request SET status = :status, location = :location, body = :body
                WHERE caller = :caller AND key = :key""";
        Query statement = line == null ? entityManager.createNativeQuery(store)
                : audit.insert("WITH stored AS (" + store + ")\n", line);
        statement.setParameter("status", status)
                .setParameter("location", location)
                .setParameter("body", entity == null ? null : objectMapper.writeValueAsString(entity))
                .setParameter("caller", caller.name())
                .setParameter("key", key)
                .executeUpdate();
        return line != null;
    }

    private Response replay(String key, String hash) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                SELECT request_hash, status, location, body FROM idempotent_request WHERE caller = :caller AND key = :key""")
                .setParameter("caller", caller.name())
                .setParameter("key", key)
                .getSingleResult();
        if (!hash.equals(row[0])) {
            throw new ProblemException(ProblemType.UNPROCESSABLE,
                    "This Idempotency-Key was used for a different request; use a new key");
        }
        Response.ResponseBuilder replayed = Response.status(((Number) row[1]).intValue()).header("Idempotency-Replayed", "true");
        if (row[2] != null) {
            replayed.location(URI.create((String) row[2]));
        }
        if (row[3] != null) {
            replayed.entity(row[3]).type(MediaType.APPLICATION_JSON);
        }
        return replayed.build();
    }

    private static String key(InvocationContext invocation) {
        Annotation[][] annotations = invocation.getMethod().getParameterAnnotations();
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation annotation : annotations[i]) {
                if (annotation instanceof HeaderParam header && Idempotent.HEADER.equalsIgnoreCase(header.value())) {
                    return (String) invocation.getParameters()[i];
                }
            }
        }
        return null;
    }

    /** The operation and its arguments: the same key with a different request is refused, not replayed. */
    private String requestHash(InvocationContext invocation) throws JsonProcessingException, NoSuchAlgorithmException {
        List<Object> arguments = new ArrayList<>();
        arguments.add(invocation.getMethod().getDeclaringClass().getName() + "#" + invocation.getMethod().getName());
        for (Object parameter : invocation.getParameters()) {
            if (!(parameter instanceof UriInfo)) {
                arguments.add(parameter);
            }
        }
        byte[] digest = MessageDigest.getInstance("SHA-256")
                .digest(objectMapper.writeValueAsString(arguments).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }
}
