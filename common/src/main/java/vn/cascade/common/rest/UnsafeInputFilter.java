package vn.cascade.common.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.cascade.common.problem.Problem;
import vn.cascade.common.problem.ProblemMappers;
import vn.cascade.common.problem.ProblemType;

/**
 * Refuses, before any resource runs, what no operation takes: a URI longer than {@link #MAX_URI_LENGTH}, broken
 * percent-encoding, bytes that are not UTF-8, and control characters (NUL, escape, line breaks …) in the path or a
 * query value. None of them can be a code, a symbol, a name or a search word, and a NUL would otherwise reach
 * PostgreSQL.
 */
public class UnsafeInputFilter {

    /** Longer than any id, symbol or filter we take; Vert.x itself stops at quarkus.http.limits.max-initial-line-length. */
    public static final int MAX_URI_LENGTH = 4096;

    @ServerRequestFilter(preMatching = true)
    public Response refuseUnsafeInput(ContainerRequestContext request, HttpServerRequest raw) {
        String uri = raw.uri();
        if (uri.length() > MAX_URI_LENGTH) {
            return problem(ProblemType.URI_TOO_LONG, ProblemMappers.text("detail.uri-too-long", MAX_URI_LENGTH),
                    List.of(), null);
        }
        UriInfo info = request.getUriInfo();
        MultivaluedMap<String, String> query;
        List<PathSegment> segments;
        try {
            segments = info.getPathSegments(true);
            query = info.getQueryParameters(true);
        } catch (IllegalArgumentException e) {
            return problem(ProblemType.BAD_REQUEST, ProblemMappers.text("detail.broken-encoding"), List.of(), null);
        }
        for (PathSegment segment : segments) {
            if (hasControlCharacter(segment.getPath())) {
                return problem(ProblemType.BAD_REQUEST, ProblemMappers.text("detail.control-in-path"),
                        List.of(new Problem.FieldError("path", ProblemMappers.text("field.control-characters"))), null);
            }
        }
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            boolean unsafe = hasControlCharacter(parameter.getKey())
                    || parameter.getValue().stream().anyMatch(UnsafeInputFilter::hasControlCharacter);
            if (unsafe) {
                return problem(ProblemType.VALIDATION, ProblemMappers.text("detail.control-in-query"),
                        List.of(new Problem.FieldError(printable(parameter.getKey()), ProblemMappers.text("field.control-characters"))),
                        null);
            }
        }
        return null;
    }

    static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // U+FFFD is what a byte sequence that is not UTF-8 decodes to.
            if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == '\uFFFD') {
                return true;
            }
        }
        return false;
    }

    private static String printable(String name) {
        return hasControlCharacter(name) ? "query" : name;
    }

    private static Response problem(ProblemType type, String detail, List<Problem.FieldError> errors, UriInfo uri) {
        return ProblemMappers.respond(type, detail, errors, uri);
    }
}
