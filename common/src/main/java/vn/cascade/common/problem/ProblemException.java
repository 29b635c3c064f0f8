package vn.cascade.common.problem;

import java.util.List;

/**
 * Thrown at the HTTP edge (resources, request readers, filters) to answer with a problem; mapped by
 * {@link ProblemMappers}. Services and the domain throw {@link vn.cascade.common.domain.DomainException} instead.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> errors;
    private String messageKey;
    private Object[] arguments = new Object[0];
    private Integer retryAfterSeconds;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, "The request is invalid",
                List.of(new Problem.FieldError(field, message))).localized("detail.invalid");
    }

    /** Names the detail in the problem bundles, worded in the caller's language; returns this exception. */
    public ProblemException localized(String key, Object... arguments) {
        this.messageKey = key;
        this.arguments = arguments.clone();
        return this;
    }

    /** Tells the client when to try again (a Retry-After header, for 429 and 503); returns this exception. */
    public ProblemException retryAfter(int seconds) {
        this.retryAfterSeconds = seconds;
        return this;
    }

    /** The Retry-After to send, or null. */
    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
