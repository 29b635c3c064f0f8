package vn.cascade.common.problem;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Thrown by services to answer with a problem; mapped by {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> errors;

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
                List.of(new Problem.FieldError(field, message)));
    }

    /**
     * The optimistic-lock check of every change: the client sends the version it read, and a stale one is a 409,
     * never a lost update.
     */
    public static void requireVersion(String what, long current, Long sent) {
        if (sent == null) {
            throw invalid("version", "send the version you read");
        }
        if (sent != current) {
            throw new ProblemException(ProblemType.STALE_VERSION, what + " is at version " + current + ", not " + sent
                    + "; read it again and retry");
        }
    }

    /** A lifecycle step allowed only from some statuses: from any other it is a 409 saying which. */
    public static <S extends Enum<S>> void requireStatus(String action, String what, S status, Set<S> allowed) {
        if (!allowed.contains(status)) {
            throw conflict("Cannot " + action + " " + what + " that is " + status + "; allowed from "
                    + allowed.stream().map(Enum::name).sorted().collect(Collectors.joining(", ")));
        }
    }

    public ProblemType type() {
        return type;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
