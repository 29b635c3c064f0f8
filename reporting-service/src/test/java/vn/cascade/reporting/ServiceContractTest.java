package vn.cascade.reporting;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import vn.cascade.common.testing.ServiceContract;

@QuarkusTest
class ServiceContractTest extends ServiceContract {

    /** Documented before every operation needed a description; to be described, and taken off, over time. */
    @Override
    protected Set<String> operationsAwaitingADescription() {
        return Set.of(
                "GET /api/v1/indicators", "POST /api/v1/indicators", "GET /api/v1/indicators/{code}",
                "PUT /api/v1/indicators/{code}",
                "GET /api/v1/notifications", "POST /api/v1/notifications/read-all",
                "GET /api/v1/notifications/unread-count", "POST /api/v1/notifications/{id}/read",
                "GET /api/v1/obligations/calendar", "GET /api/v1/obligations/{id}/report",
                "GET /api/v1/organizations/{code}/contacts", "PUT /api/v1/organizations/{code}/contacts");
    }
}
