package vn.cascade.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.cascade.common.domain.DomainException;
import vn.cascade.common.i18n.Language;
import vn.cascade.common.i18n.Messages;
import vn.cascade.common.http.CurrentRequest;

/**
 * Turns every failure into an RFC 9457 problem: bad input is always a 4xx naming what was wrong, and
 * nothing internal leaks into a 500.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final Messages COMMON = Messages.of("vn.cascade.common.problem.problems");
    private static final Messages SERVICE = Messages.of("i18n.problems");

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        String detail = e.messageKey() == null ? e.getMessage() : text(e.messageKey(), e.arguments());
        Response response = respond(e.type(), detail, e.errors(), uri);
        return e.retryAfterSeconds() == null ? response
                : Response.fromResponse(response).header("Retry-After", e.retryAfterSeconds()).build();
    }

    /** The one place where the domain's refusals become problem responses. */
    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri) {
        Language language = CurrentRequest.language();
        List<Problem.FieldError> errors = e.violations().stream()
                .map(violation -> new Problem.FieldError(violation.field(), violation.messageKey() == null
                        ? violation.message()
                        : localized(language, violation.messageKey(), violation.arguments().toArray())
                                .orElse(violation.message())))
                .toList();
        String detail = e.messageKey() == null ? e.getMessage()
                : localized(language, e.messageKey(), e.arguments().toArray()).orElse(e.getMessage());
        ProblemType type = typeOf(e.kind());
        if (type == ProblemType.STALE_VERSION && ifMatchSent()) {
            type = ProblemType.PRECONDITION_FAILED; // the version came from If-Match: RFC 9110 says 412
        }
        return respond(type, detail, errors, uri);
    }

    static ProblemType typeOf(DomainException.Kind kind) {
        return switch (kind) {
            case INVALID -> ProblemType.VALIDATION;
            case UNREADABLE -> ProblemType.BAD_REQUEST;
            case TOO_LARGE -> ProblemType.PAYLOAD_TOO_LARGE;
            case NOT_FOUND -> ProblemType.NOT_FOUND;
            case FORBIDDEN -> ProblemType.FORBIDDEN;
            case CONFLICT -> ProblemType.CONFLICT;
            case STALE_VERSION -> ProblemType.STALE_VERSION;
            case RULE_BROKEN -> ProblemType.UNPROCESSABLE;
            case UNSUPPORTED_CONTENT -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
        };
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(violation -> new Problem.FieldError(fieldOf(violation), violation.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return respond(ProblemType.VALIDATION, text("detail.invalid-fields", errors.size()), errors, uri);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        return fieldProblem(e, text("field.unknown"), uri);
    }

    @ServerExceptionMapper
    public Response invalidValue(InvalidFormatException e, UriInfo uri) {
        String message = e.getTargetType() != null && e.getTargetType().isEnum()
                ? text("field.invalid-value-one-of", e.getValue(), Arrays.toString(e.getTargetType().getEnumConstants()))
                : text("field.invalid-value", e.getValue());
        return fieldProblem(e, message, uri);
    }

    @ServerExceptionMapper
    public Response wrongType(MismatchedInputException e, UriInfo uri) {
        if (String.valueOf(e.getOriginalMessage()).contains("end-of-input")) {
            return malformedJson(e, uri); // a truncated body, not a wrong value
        }
        String expected = e.getTargetType() == null ? "another type" : e.getTargetType().getSimpleName();
        return fieldProblem(e, text("field.wrong-type", expected), uri);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        String detail = e.getLocation() == null ? text("detail.malformed-json")
                : text("detail.malformed-json-at", e.getLocation().getLineNr(), e.getLocation().getColumnNr());
        return respond(ProblemType.MALFORMED_JSON, detail, List.of(), uri);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response staleVersion(RuntimeException e, UriInfo uri) {
        return respond(ifMatchSent() ? ProblemType.PRECONDITION_FAILED : ProblemType.STALE_VERSION,
                text("detail.stale-version"), List.of(), uri);
    }

    /** Constraints the database enforces (a unique key lost in a race, say) are the client's conflict, not a 500. */
    @ServerExceptionMapper
    public Response persistence(PersistenceException e, UriInfo uri) {
        String state = sqlState(e);
        if (state != null && state.startsWith("23")) {
            return respond(state.equals("23505") ? ProblemType.CONFLICT : ProblemType.UNPROCESSABLE,
                    text(state.equals("23505") ? "detail.exists" : "detail.data-rule"),
                    List.of(), uri);
        }
        if ("40001".equals(state) || "40P01".equals(state)) {
            return respond(ProblemType.CONFLICT, text("detail.concurrent"), List.of(), uri);
        }
        return unexpected(e, uri);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(ProblemType.UNAUTHORIZED, text("detail.unauthorized"), List.of(), uri))
                .header("WWW-Authenticate", "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN, text("detail.forbidden"), List.of(), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        // The JSON body reader reports some parse failures as a bare 400 with the Jackson error as cause.
        if (e.getCause() instanceof UnrecognizedPropertyException cause) {
            return unknownField(cause, uri);
        }
        if (e.getCause() instanceof InvalidFormatException cause) {
            return invalidValue(cause, uri);
        }
        if (e.getCause() instanceof MismatchedInputException cause) {
            return wrongType(cause, uri);
        }
        if (e.getCause() instanceof JsonProcessingException cause) {
            return malformedJson(cause, uri);
        }
        // A query parameter our converters refused (rest/QueryParameterConverters) comes wrapped.
        if (e.getCause() instanceof ProblemException cause) {
            return problem(cause, uri);
        }
        if (e.getCause() instanceof DomainException cause) {
            return domain(cause, uri);
        }
        // JAX-RS answers 404 when a query or path parameter cannot be converted; for us that is bad input.
        if (e instanceof NotFoundException && e.getCause() instanceof IllegalArgumentException cause) {
            return respond(ProblemType.VALIDATION, text("detail.invalid-parameter"),
                    List.of(new Problem.FieldError("query", String.valueOf(cause.getMessage()))), uri);
        }
        int status = e.getResponse().getStatus();
        ProblemType type = ProblemType.forStatus(status);
        if (status >= 500) {
            LOG.error("Request failed", e);
            return respond(type, text("detail.internal"), List.of(), uri);
        }
        // the framework's own refusals read "HTTP 405 Method Not Allowed": say it in the caller's language
        String detail = e.getMessage() == null || e.getMessage().startsWith("HTTP ")
                ? text("detail." + type.slug) : e.getMessage();
        return Response.fromResponse(respond(type, detail, List.of(), uri)).status(status).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (isConnectionLost(sqlState(e))) {
            // The database ended the connection under a request in flight (a restart, a failover,
            // pg_terminate_backend): its transaction is rolled back, nothing was written, and the pool lends a
            // validated connection next time. A 503 the caller may retry at once, not an internal error.
            LOG.warn("The database connection was lost during the request: " + e);
            return Response.fromResponse(respond(ProblemType.UNAVAILABLE, text("detail.unavailable"), List.of(), uri))
                    .header("Retry-After", "1").build();
        }
        LOG.error("Unexpected failure", e);
        return respond(ProblemType.INTERNAL, text("detail.internal"), List.of(), uri);
    }

    /** A stale version the client stated in If-Match is a failed precondition (412), not a conflict (409). */
    private static boolean ifMatchSent() {
        return CurrentRequest.header("If-Match").isPresent();
    }

    /** A text of the problem bundles in the language of the request being served. */
    public static String text(String key, Object... arguments) {
        return localized(CurrentRequest.language(), key, arguments).orElse(key);
    }

    /** Common's bundle first, then the service's own ({@code i18n/problems*.properties}). */
    private static java.util.Optional<String> localized(Language language, String key, Object... arguments) {
        java.util.Optional<String> common = COMMON.find(language, key, arguments);
        return common.isPresent() ? common : SERVICE.find(language, key, arguments);
    }

    /** Connection failures (08…) and a server ending or refusing connections (57P01–57P03). */
    private static boolean isConnectionLost(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }

    private static String sqlState(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static Response fieldProblem(JsonMappingException e, String message, UriInfo uri) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return respond(ProblemType.VALIDATION, text("detail.invalid"),
                List.of(new Problem.FieldError(field.isEmpty() ? "$" : field, message)), uri);
    }

    public static Response respond(ProblemType type, String detail, List<Problem.FieldError> errors, UriInfo uri) {
        URI instance = instanceOf(uri);
        String title = COMMON.find(CurrentRequest.language(), "title." + type.slug).orElse(type.title);
        Problem problem = new Problem(type.type, title, type.status, detail, instance, errors);
        return Response.status(type.status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The path of the request, with whatever a URI may not hold quoted (a hostile path must not fail the answer). */
    private static URI instanceOf(UriInfo uri) {
        if (uri == null) {
            return null;
        }
        try {
            return new URI(null, null, uri.getPath(), null);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * {@code create.request.tasks[0].percent} → {@code tasks[0].percent}: the path inside the request body. An
     * element's index sits on the node inside the list, so it is written before that node's name.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
        boolean methodParameter = nodes.stream().anyMatch(node -> node.getKind() == ElementKind.METHOD);
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            // The body parameter itself is not a field of the body; a query parameter is the field.
            if (methodParameter && node.getKind() == ElementKind.PARAMETER && i < nodes.size() - 1) {
                continue;
            }
            if (node.isInIterable()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }
}
