package vn.cascade.common.mechanics;

import jakarta.ws.rs.Path;
import vn.cascade.common.audit.AuditResource;
import vn.cascade.common.audit.AuditTrail;

/** The test application's audit trail, under its own admin prefix so that every path is unique across the services. */
@Path("/api/v1/admin/test/audit")
public class TestAuditResource extends AuditResource {

    TestAuditResource(AuditTrail trail) {
        super(trail);
    }
}
