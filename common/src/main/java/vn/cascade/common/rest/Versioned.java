package vn.cascade.common.rest;

/**
 * A response of one resource that carries its optimistic-lock version. {@link ConditionalRequests} gives every
 * such response an {@code ETag} built from the version and answers {@code If-None-Match} with 304; a request body
 * with a {@code version} field takes {@code If-Match} in its place ({@link IfMatchVersion}).
 *
 * <p>An answer object may be returned again by later requests (a read model keeps it): it must then be the same
 * representation every time, i.e. immutable, since its bytes are serialised once and remembered by identity.
 */
public interface Versioned {

    long version();
}
