package vn.cascade.common.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.cascade.common.documents.ReferenceKind;
import vn.cascade.common.documents.Target;

/**
 * A directive's state when it is published, amended or revoked, on {@link Topics#DIRECTIVES}; plan-service
 * keeps its copy from these (a plan may implement only a published directive).
 */
public record DirectiveSnapshot(
        UUID id,
        String symbol,
        String type,
        UUID issuingOrganizationId,
        String issuingOrganizationCode,
        LocalDate issueDate,
        String term,
        String title,
        String summary,
        String status,
        List<Target> targets,
        List<Reference> references,
        long version) {

    public static final String AGGREGATE = "directive";
    public static final String PUBLISHED = "vn.cascade.directive.published.v1";
    public static final String AMENDED = "vn.cascade.directive.amended.v1";
    public static final String REVOKED = "vn.cascade.directive.revoked.v1";
    /** Replaced (thay thế) by a directive published later that names it as replaced; status {@code REPLACED}. */
    public static final String REPLACED = "vn.cascade.directive.replaced.v1";

    /** @param directiveId null while the named document is not in the registry */
    public record Reference(ReferenceKind kind, String symbol, LocalDate issueDate, UUID directiveId) {
    }
}
