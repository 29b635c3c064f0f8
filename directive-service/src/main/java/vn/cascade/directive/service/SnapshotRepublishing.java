package vn.cascade.directive.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import vn.cascade.directive.events.outgoing.OrganizationEvents;
import vn.cascade.directive.repository.OrganizationRepository;

/** Recovery: every organisation's snapshot published again, unchanged. */
@ApplicationScoped
public class SnapshotRepublishing {

    private static final int BATCH = 500;

    private final OrganizationRepository organizations;
    private final OrganizationEvents events;

    SnapshotRepublishing(OrganizationRepository organizations, OrganizationEvents events) {
        this.organizations = organizations;
        this.events = events;
    }

    /**
     * Publishes the current snapshot of every organisation again, unchanged (same versions), in batches of their
     * own transactions: rebuilds a lost organisations topic, or the copy of a service added later. Copies that
     * hold a snapshot already ignore it by its version.
     *
     * @return how many snapshots were published
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int republishAll() {
        int published = 0;
        UUID after = null;
        List<UUID> batch;
        do {
            batch = organizations.idsAfter(after, BATCH);
            List<UUID> ids = batch;
            QuarkusTransaction.requiringNew().run(() -> ids.forEach(id -> events.changed(organizations.findById(id))));
            published += batch.size();
            after = batch.isEmpty() ? after : batch.getLast();
        } while (batch.size() == BATCH);
        return published;
    }
}
