package vn.cascade.common.rest;

/**
 * A response of one resource that carries its optimistic-lock version. {@link ConditionalRequests} gives every
 * such response an {@code ETag} built from the version and answers {@code If-None-Match} with 304; a request body
 * with a {@code version} field takes {@code If-Match} in its place ({@link IfMatchVersion}).
 */
public interface Versioned {

    long version();
}
