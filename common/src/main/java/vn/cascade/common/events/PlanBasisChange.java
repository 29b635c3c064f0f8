package vn.cascade.common.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A document a plan rests on (the directive it implements, an upper plan it is based on, directly or through the
 * plans between them) was amended, replaced or revoked: announced on {@link Topics#PLANS}, keyed by the plan that
 * rests on it, so that its issuer learns that its own plan may need to follow. See docs/events.md.
 *
 * @param changed  the document that changed, with its status after the change
 * @param change   {@code AMENDED}, {@code REPLACED} or {@code REVOKED}
 * @param by       the document that amended or replaced it; null for a revocation or an amendment in place
 * @param restsOn  the document this plan itself names, through which the change reaches it (the changed one when
 *                 {@code depth} is 1)
 * @param depth    1 when the plan names the changed document, 2 when it rests on a plan that does, and so on
 */
@Schema(name = "PlanBasisChange")
public record PlanBasisChange(
        UUID planId,
        String planSymbol,
        UUID issuingOrganizationId,
        String issuingOrganizationCode,
        Document changed,
        String change,
        Document by,
        Document restsOn,
        int depth,
        OffsetDateTime occurredAt) {

    public static final String TYPE = "vn.cascade.plan.basis-changed.v1";

    /** @param kind {@code DIRECTIVE} or {@code PLAN} */
    @Schema(name = "PlanBasisChangeDocument")
    public record Document(String kind, UUID id, String symbol, LocalDate issueDate, String status) {
    }
}
