package vn.cascade.common.http;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;
import vn.cascade.common.i18n.Language;

/**
 * The HTTP request being served, for what must not have it passed down through every call: the caller's
 * language (problem texts are built deep in mappers and filters) and its preconditions. Outside a request (a
 * consumer, the scheduler) there is none: Vietnamese, no headers.
 */
public final class CurrentRequest {

    private CurrentRequest() {
    }

    /** The language of the request's {@code Accept-Language} ({@link Language#ofHeader}); Vietnamese without it. */
    public static Language language() {
        return Language.ofHeader(header("Accept-Language").orElse(null));
    }

    public static Optional<String> header(String name) {
        var container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return Optional.empty();
        }
        try (InstanceHandle<CurrentVertxRequest> request = container.instance(CurrentVertxRequest.class)) {
            RoutingContext context = request.isAvailable() ? request.get().getCurrent() : null;
            return context == null ? Optional.empty() : Optional.ofNullable(context.request().getHeader(name));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
