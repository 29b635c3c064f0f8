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
import vn.cascade.common.security.Roles;

/**
 * The service's audit trail, for administrators. Each service serves it under its own prefix
 * ({@code /api/v1/admin/<service>/audit}, a subclass carrying the {@code @Path}); the annotations sit on the
 * method, which a subclass inherits.
 */
public abstract class AuditResource {

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
    @Operation(operationId = "listAuditEntries", summary = "Changes made through this service's API, newest first")
    @APIResponse(responseCode = "200", description = "Newest first",
            content = @Content(schema = @Schema(implementation = AuditTrail.Entry.class, type = SchemaType.ARRAY)))
    public List<AuditTrail.Entry> list(@Parameter(description = "The user or client", example = "admin") @QueryParam("actor") String actor,
            @Parameter(description = "Paths starting with", example = "/api/v1/plans") @QueryParam("pathPrefix") String path,
            @Valid @BeanParam PageRequest page) {
        return trail.search(actor, path, page.paging());
    }
}
