package vn.cascade.common.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Optional;
import vn.cascade.common.problem.ProblemException;
import vn.cascade.common.problem.ProblemType;

/**
 * {@code If-Match} in place of the body's {@code version}, for every change whose request record has one (or
 * whose part one level down has one, as an amendment's {@code content}): the
 * version of the entity tag ({@link ConditionalRequests#versionOf}) is written into the JSON body before it is
 * read, so the service's one optimistic-lock check ({@code DomainException.requireVersion}) serves both, and a
 * stale version stated in If-Match is answered 412 Precondition Failed ({@code ProblemMappers}) and changes nothing.
 * An entity tag that cannot be read, a weak one (If-Match compares strongly), or one that contradicts the body's
 * version is a 412 as well. Bodies that are not JSON objects pass untouched, for the usual problem.
 */
@Provider
public class IfMatchVersion implements ReaderInterceptor {

    private static final String VERSION = "version";

    private final ObjectMapper json;

    IfMatchVersion(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException, WebApplicationException {
        String ifMatch = context.getHeaders().getFirst(ConditionalRequests.IF_MATCH);
        Optional<String> holder = ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")
                ? Optional.empty() : versionHolder(context.getType());
        if (holder.isEmpty()) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        context.setInputStream(new ByteArrayInputStream(body));
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (JsonProcessingException e) {
            return context.proceed(); // the reader answers with the malformed-JSON problem
        }
        if (!(tree instanceof ObjectNode root)) {
            return context.proceed();
        }
        ObjectNode object = root;
        if (!holder.get().isEmpty()) {
            if (!(root.get(holder.get()) instanceof ObjectNode nested)) {
                return context.proceed(); // validation names the missing part
            }
            object = nested;
        }
        long stated = version(ifMatch);
        JsonNode sent = object.get(VERSION);
        if (sent != null && !sent.isNull() && !(sent.canConvertToLong() && sent.asLong() == stated)) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, "If-Match states version " + stated
                    + " but the body states version " + sent).localized("detail.if-match-disagrees", stated, sent);
        }
        object.put(VERSION, stated);
        context.setInputStream(new ByteArrayInputStream(json.writeValueAsBytes(root)));
        return context.proceed();
    }

    private static long version(String ifMatch) {
        Optional<Long> version = ifMatch.contains(",") ? Optional.empty() : ConditionalRequests.versionOf(ifMatch);
        return version.orElseThrow(() -> new ProblemException(ProblemType.PRECONDITION_FAILED,
                "If-Match must be one entity tag as this service sends it in ETag")
                .localized("detail.if-match-unreadable"));
    }

    /**
     * Where a request record carries the version it is checked against: {@code ""} for its own {@code version}
     * component, the name of a component one level down that has one (an amendment's {@code content}), or empty.
     */
    static Optional<String> versionHolder(Class<?> type) {
        if (hasVersion(type)) {
            return Optional.of("");
        }
        if (type == null || !type.isRecord()) {
            return Optional.empty();
        }
        return Arrays.stream(type.getRecordComponents()).filter(component -> hasVersion(component.getType()))
                .map(RecordComponent::getName).findFirst();
    }

    private static boolean hasVersion(Class<?> type) {
        return type != null && type.isRecord()
                && Arrays.stream(type.getRecordComponents()).anyMatch(component -> component.getName().equals(VERSION));
    }
}
