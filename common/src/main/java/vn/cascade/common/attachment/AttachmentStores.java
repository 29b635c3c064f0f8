package vn.cascade.common.attachment;

import io.quarkus.arc.DefaultBean;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The {@link AttachmentStore} of the service, chosen when it starts by {@code cascade.attachments.store}:
 * {@code postgresql} (the default, {@link DatabaseAttachmentStore}) or {@code s3} ({@link S3AttachmentStore}). A
 * runtime choice, so that one image runs with either; a wrong value or an incomplete S3 configuration stops the
 * service at startup rather than at the first upload.
 */
@ApplicationScoped
public class AttachmentStores {

    static final String STORE = "cascade.attachments.store";

    private static final Logger LOG = Logger.getLogger(AttachmentStores.class);

    @Produces
    @Singleton
    @DefaultBean
    AttachmentStore store(@ConfigProperty(name = STORE, defaultValue = "postgresql") String chosen,
            Instance<DatabaseAttachmentStore> database, Instance<S3AttachmentStore> s3) {
        return switch (chosen.strip().toLowerCase(Locale.ROOT)) {
            case "postgresql" -> database.get();
            case "s3" -> s3.get();
            default -> throw new IllegalStateException(STORE + "=" + chosen + ": postgresql (the default) or s3");
        };
    }

    void started(@Observes StartupEvent event, AttachmentStore store) {
        LOG.infof("Attachment contents are kept in %s", store.name());
    }
}
