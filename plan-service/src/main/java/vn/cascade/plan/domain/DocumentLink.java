package vn.cascade.plan.domain;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cascade.common.documents.ReferenceKind;

/** An upper-level document a plan names; {@code documentId} once plan-service knows that document. */
@Schema(name = "DocumentLink")
public record DocumentLink(
        ReferenceKind kind,
        @Schema(example = "48-CTr/TU") String symbol,
        @Schema(example = "2022-12-02") LocalDate issueDate,
        UUID documentId) {
}
