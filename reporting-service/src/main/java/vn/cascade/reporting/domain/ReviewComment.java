package vn.cascade.reporting.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One review of a report (issue 19): who wrote what, when, on which submission, with which outcome. */
public record ReviewComment(UUID id, long reportVersion, int submission, String outcome, String comment,
        String author, OffsetDateTime writtenAt) {
}
