package vn.cascade.directive.rest;

import jakarta.ws.rs.Path;
import vn.cascade.common.audit.AuditResource;
import vn.cascade.common.audit.AuditTrail;

/** directive-service's audit trail, under its own admin prefix so that every path is unique across the services. */
@Path("/api/v1/admin/directive/audit")
public class DirectiveAuditResource extends AuditResource {

    DirectiveAuditResource(AuditTrail trail) {
        super(trail);
    }
}
