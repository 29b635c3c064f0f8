package vn.cascade.common.domain;

/** One broken rule of a request or an aggregate, naming the field it concerns ({@code tasks[0].percent}). */
public record Violation(String field, String message) {
}
