package vn.cascade.common.problem;

import java.net.URI;

/** The problem types every service uses; the slug is the last segment of the type URI. */
public enum ProblemType {
    BAD_REQUEST(400, "bad-request", "Bad request"),
    VALIDATION(400, "validation", "Invalid request"),
    MALFORMED_JSON(400, "malformed-json", "Malformed JSON"),
    UNAUTHORIZED(401, "unauthorized", "Authentication required"),
    FORBIDDEN(403, "forbidden", "Not allowed"),
    NOT_FOUND(404, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    CONFLICT(409, "conflict", "Conflict"),
    STALE_VERSION(409, "stale-version", "Stale version"),
    PRECONDITION_FAILED(412, "precondition-failed", "Precondition failed"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "Payload too large"),
    URI_TOO_LONG(414, "uri-too-long", "URI too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    UNPROCESSABLE(422, "unprocessable", "Request cannot be processed"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests"),
    INTERNAL(500, "internal", "Internal error"),
    UNAVAILABLE(503, "unavailable", "Service unavailable"),
    /** Stored content no longer matches the digest recorded with it: refused rather than served corrupt. */
    INTEGRITY(500, "integrity", "Stored content failed its integrity check");

    public final int status;
    public final URI type;
    /** The English title; the API answers with the caller's language ({@code title.<slug>} in the problem bundles). */
    public final String title;
    public final String slug;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.type = URI.create(Problem.TYPE_BASE + slug);
        this.title = title;
        this.slug = slug;
    }

    static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : UNPROCESSABLE;
    }
}
