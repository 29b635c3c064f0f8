package vn.cascade.common.domain;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a service or an entity throws when a request cannot be carried out. It knows nothing of HTTP: common's
 * problem mapper turns each {@link Kind} into its problem response, in one place.
 */
public class DomainException extends RuntimeException {

    /** Why the request cannot be carried out. */
    public enum Kind {
        /** A value of the request is wrong; the violations name each one. */
        INVALID,
        /** The input cannot be read at all (not CSV, not a document). */
        UNREADABLE,
        /** The input is larger than the service takes. */
        TOO_LARGE,
        /** Nothing the caller may see has this identity. */
        NOT_FOUND,
        /** The caller may not act on this. */
        FORBIDDEN,
        /** The current state does not allow it (status, uniqueness). */
        CONFLICT,
        /** The caller changed something it read at an older version. */
        STALE_VERSION,
        /** Well-formed, but the rules of the domain refuse it as it stands; the violations say why. */
        RULE_BROKEN
    }

    private final Kind kind;
    private final List<Violation> violations;

    public DomainException(Kind kind, String detail) {
        this(kind, detail, List.of());
    }

    public DomainException(Kind kind, String detail, List<Violation> violations) {
        super(detail);
        this.kind = kind;
        this.violations = List.copyOf(violations);
    }

    public static DomainException notFound(String detail) {
        return new DomainException(Kind.NOT_FOUND, detail);
    }

    public static DomainException conflict(String detail) {
        return new DomainException(Kind.CONFLICT, detail);
    }

    public static DomainException forbidden(String detail) {
        return new DomainException(Kind.FORBIDDEN, detail);
    }

    public static DomainException invalid(String field, String message) {
        return invalid("The request is invalid", List.of(new Violation(field, message)));
    }

    public static DomainException invalid(String detail, List<Violation> violations) {
        return new DomainException(Kind.INVALID, detail, violations);
    }

    /** All the invalid values found at once: one violation each. */
    public static DomainException invalid(List<Violation> violations) {
        return invalid(violations.size() + " field(s) are invalid", violations);
    }

    public static DomainException ruleBroken(String detail, List<Violation> violations) {
        return new DomainException(Kind.RULE_BROKEN, detail, violations);
    }

    public static DomainException unreadable(String detail) {
        return new DomainException(Kind.UNREADABLE, detail);
    }

    public static DomainException tooLarge(String detail) {
        return new DomainException(Kind.TOO_LARGE, detail);
    }

    /**
     * The optimistic-lock check of every change: the client sends the version it read, and a stale one is
     * refused, never a lost update.
     */
    public static void requireVersion(String what, long current, Long sent) {
        if (sent == null) {
            throw invalid("version", "send the version you read");
        }
        if (sent != current) {
            throw new DomainException(Kind.STALE_VERSION, what + " is at version " + current + ", not " + sent
                    + "; read it again and retry");
        }
    }

    /** A lifecycle step allowed only from some statuses: from any other it is a conflict saying which. */
    public static <S extends Enum<S>> void requireStatus(String action, String what, S status, Set<S> allowed) {
        if (!allowed.contains(status)) {
            throw conflict("Cannot " + action + " " + what + " that is " + status + "; allowed from "
                    + allowed.stream().map(Enum::name).sorted().collect(Collectors.joining(", ")));
        }
    }

    public Kind kind() {
        return kind;
    }

    public List<Violation> violations() {
        return violations;
    }
}
