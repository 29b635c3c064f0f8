package vn.cascade.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, the body of every error response ({@code application/problem+json}). */
@Schema(name = "Problem", description = "RFC 9457 problem detail")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        @Schema(description = "Machine-readable problem type", example = "https://cascade.vn/problems/validation")
        URI type,
        @Schema(description = "Short summary of the problem type", example = "Invalid request")
        String title,
        @Schema(description = "HTTP status", example = "400")
        int status,
        @Schema(description = "What went wrong in this occurrence", example = "2 fields are invalid")
        String detail,
        @Schema(description = "The request path", example = "/api/v1/organizations")
        URI instance,
        @Schema(description = "One entry per invalid field, for validation problems")
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://cascade.vn/problems/";

    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(description = "JSON path of the field", example = "code") String field,
            @Schema(description = "Why the value is rejected", example = "must not be blank") String message) {
    }
}
