package vn.cascade.common.domain;

import java.util.List;

/** One broken rule of a request or an aggregate, naming the field it concerns ({@code tasks[0].percent}). */
public record Violation(String field, String message, String messageKey, List<Object> arguments) {

    public Violation {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    /** A violation whose message is written once, in English. */
    public Violation(String field, String message) {
        this(field, message, null, List.of());
    }

    /**
     * A violation the API words in the caller's language: {@code messageKey} names the message in the problem
     * bundles ({@code vn/cascade/common/problem/problems*.properties}, then the service's
     * {@code i18n/problems*.properties}); {@code message} is the English text for logs.
     */
    public static Violation localized(String field, String message, String messageKey, Object... arguments) {
        return new Violation(field, message, messageKey, List.of(arguments));
    }
}
