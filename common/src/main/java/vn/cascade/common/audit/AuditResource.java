package vn.cascade.common.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cascade.common.rest.PageRequest;
import vn.cascade.common.rest.PageResponse;
import vn.cascade.common.security.Roles;

/**
 * The service's audit trail, for administrators. Each service serves it under its own prefix
 * ({@code /api/v1/admin/<service>/audit}, a subclass carrying the {@code @Path}); the annotations sit on the
 * method, which a subclass inherits.
 */
public abstract class AuditResource {

    /** The page type as the OpenAPI document names it, so that generated SDKs get typed entries. */
    @Schema(name = "AuditEntryPage", description = "One page of the audit trail, newest first")
    public record AuditEntryPage(
            @Schema(description = "The entries of this page") List<AuditTrail.Entry> items,
            @Schema(description = "Matching entries across all pages", example = "42") long total,
            @Schema(description = "Zero-based page number", example = "0") int page,
            @Schema(description = "Requested page size", example = "20") int size) {
    }

    private final AuditTrail trail;

    protected AuditResource(AuditTrail trail) {
        this.trail = trail;
    }

    @GET
    @Tag(name = "Audit", description = "Who changed what, when, from which client")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "400", description = "Invalid paging")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Administrators only")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(operationId = "listAuditEntries", summary = "Changes made through this service's API, newest first",
            description = "Who (user or client, organisation), when, which method and path, the status answered. "
                    + "Paged like every list: the total beside the items, RFC 8288 Link headers to the neighbouring "
                    + "pages.")
    @APIResponse(responseCode = "200", description = "One page, newest first, with the total count",
            content = @Content(schema = @Schema(implementation = AuditEntryPage.class)))
    public PageResponse<AuditTrail.Entry> list(@Parameter(description = "The user or client", example = "admin") @QueryParam("actor") String actor,
            @Parameter(description = "Paths starting with", example = "/api/v1/plans") @QueryParam("pathPrefix") String path,
            @Valid @BeanParam PageRequest page) {
        return PageResponse.of(trail.search(actor, path, page.paging()), entry -> entry);
    }
}
