package vn.cascade.common.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import vn.cascade.common.security.Caller;

/**
 * Puts who is asking into the log context of the request: its id ({@code X-Request-Id}, taken from the caller or
 * made here, and sent back), the user and the organisation. The JSON logs of the packaged services carry them with
 * the OpenTelemetry trace id, so one request can be followed across its log lines and into the events it caused.
 */
public class RequestLogContext {

    public static final String HEADER = "X-Request-Id";
    /** A caller's id is kept only if it is short and plain, so it cannot forge log content. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private final Caller caller;

    RequestLogContext(Caller caller) {
        this.caller = caller;
    }

    @ServerRequestFilter
    public void enter(ContainerRequestContext request) {
        String requestId = request.getHeaderString(HEADER);
        if (requestId == null || !PLAIN.matcher(requestId).matches()) {
            requestId = UUID.randomUUID().toString();
        }
        request.setProperty(HEADER, requestId);
        MDC.put("requestId", requestId);
        MDC.put("user", caller.name());
        caller.organizationCode().ifPresent(code -> MDC.put("organization", code));
    }

    @ServerResponseFilter
    public void leave(ContainerRequestContext request, ContainerResponseContext response) {
        Object requestId = request.getProperty(HEADER);
        if (requestId != null) {
            response.getHeaders().putSingle(HEADER, requestId);
        }
        MDC.remove("requestId");
        MDC.remove("user");
        MDC.remove("organization");
    }
}
