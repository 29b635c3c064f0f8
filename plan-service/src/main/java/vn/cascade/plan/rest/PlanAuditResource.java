package vn.cascade.plan.rest;

import jakarta.ws.rs.Path;
import vn.cascade.common.audit.AuditResource;
import vn.cascade.common.audit.AuditTrail;

/** plan-service's audit trail, under its own admin prefix so that every path is unique across the services. */
@Path("/api/v1/admin/plan/audit")
public class PlanAuditResource extends AuditResource {

    PlanAuditResource(AuditTrail trail) {
        super(trail);
    }
}
