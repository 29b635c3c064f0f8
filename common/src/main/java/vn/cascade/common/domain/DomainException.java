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
        RULE_BROKEN,
        /** The content, read from its bytes, is of a kind the operation does not take (an attachment that is no PDF). */
        UNSUPPORTED_CONTENT
    }

    private final Kind kind;
    private final List<Violation> violations;
    private String messageKey;
    private List<Object> arguments = List.of();

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
        return invalid("The request is invalid", List.of(new Violation(field, message))).localized("detail.invalid");
    }

    /**
     * One invalid field whose message is named in the problem bundles ({@code messageKey}, with its arguments), so
     * that the API words it in the caller's language; {@code message} stays the English text (logs).
     */
    public static DomainException invalid(String field, String message, String messageKey, Object... arguments) {
        return invalid("The request is invalid", List.of(Violation.localized(field, message, messageKey, arguments)))
                .localized("detail.invalid");
    }

    public static DomainException invalid(String detail, List<Violation> violations) {
        return new DomainException(Kind.INVALID, detail, violations);
    }

    /** All the invalid values found at once: one violation each. */
    public static DomainException invalid(List<Violation> violations) {
        return invalid(violations.size() + " field(s) are invalid", violations)
                .localized("detail.invalid-fields", violations.size());
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
            throw invalid("The request is invalid", List.of(Violation.localized("version",
                    "send the version you read", "violation.version-required"))).localized("detail.invalid");
        }
        if (sent != current) {
            throw new DomainException(Kind.STALE_VERSION, what + " is at version " + current + ", not " + sent
                    + "; read it again and retry").localized("detail.version-at", what, current, sent);
        }
    }

    /** A lifecycle step allowed only from some statuses: from any other it is a conflict saying which. */
    public static <S extends Enum<S>> void requireStatus(String action, String what, S status, Set<S> allowed) {
        if (!allowed.contains(status)) {
            String from = allowed.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
            throw conflict("Cannot " + action + " " + what + " that is " + status + "; allowed from " + from)
                    .localized("detail.status-not-allowed", action, what, status, from);
        }
    }

    /**
     * Names the detail in the problem bundles so that the API words it in the caller's language; the exception's
     * message stays the English text (logs). Returns this exception, to be thrown.
     */
    public DomainException localized(String key, Object... arguments) {
        this.messageKey = key;
        this.arguments = List.of(arguments);
        return this;
    }

    /** The key of the detail in the problem bundles, or null: then the message is the detail in every language. */
    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }

    public Kind kind() {
        return kind;
    }

    public List<Violation> violations() {
        return violations;
    }
}
