package vn.cascade.reporting.rest.dto;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One review of a report: who wrote what, when, on which submission, with which outcome. */
@Schema(name = "ReviewComment")
public record ReviewCommentResponse(
        UUID id,
        @Schema(example = "reviewer-vinhlinh") String author,
        OffsetDateTime writtenAt,
        @Schema(description = "The report's version the review left; the reviewed content is the version before",
                example = "4") long reportVersion,
        @Schema(description = "Which submission it reviewed", example = "1") int submission,
        @Schema(description = "ACCEPTED or RETURNED", example = "RETURNED") String outcome,
        @Schema(description = "What the reviewer wrote; null when accepting without a word",
                example = "Bổ sung số liệu chi bộ thôn") String comment) {
}
