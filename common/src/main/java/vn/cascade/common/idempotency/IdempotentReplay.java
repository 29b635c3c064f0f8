package vn.cascade.common.idempotency;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Carries a stored response out of the interceptor: a resource method may declare any return type, so the
 * replay leaves as this exception and is answered as it was the first time.
 */
public class IdempotentReplay extends RuntimeException {

    private final transient Response response;

    IdempotentReplay(Response response) {
        super(null, null, false, false);
        this.response = response;
    }

    public static class Mapper {

        @ServerExceptionMapper
        public Response replay(IdempotentReplay replay) {
            return replay.response;
        }
    }
}
