package vn.cascade.reporting.rest;

import jakarta.ws.rs.Path;
import vn.cascade.common.audit.AuditResource;
import vn.cascade.common.audit.AuditTrail;

/** reporting-service's audit trail, under its own admin prefix so that every path is unique across the services. */
@Path("/api/v1/admin/reporting/audit")
public class ReportingAuditResource extends AuditResource {

    ReportingAuditResource(AuditTrail trail) {
        super(trail);
    }
}
