package vn.cascade.common.health;

import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import vn.cascade.common.attachment.AttachmentStore;

/**
 * The store of attachments' bytes, in the {@code attachments} health group ({@code /q/health/group/attachments}),
 * not in readiness: without its bucket a service still serves everything but attachments, which answer a 503 to
 * retry. The PostgreSQL store is the database the datasource's own check already covers.
 */
@HealthGroup(AttachmentStoreHealth.GROUP)
@ApplicationScoped
public class AttachmentStoreHealth implements HealthCheck {

    public static final String GROUP = "attachments";

    private final AttachmentStore store;

    AttachmentStoreHealth(AttachmentStore store) {
        this.store = store;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Attachment store").withData("store", store.name());
        try {
            store.probe();
            return response.up().build();
        } catch (RuntimeException e) {
            return response.down().withData("error", e.toString()).build();
        }
    }
}
