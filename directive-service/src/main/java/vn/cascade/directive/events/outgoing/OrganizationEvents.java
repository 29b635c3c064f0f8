package vn.cascade.directive.events.outgoing;

import jakarta.enterprise.context.ApplicationScoped;
import vn.cascade.common.events.OrganizationSnapshot;
import vn.cascade.common.events.Topics;
import vn.cascade.common.outbox.Outbox;
import vn.cascade.directive.domain.Organization;

/** Publishes an organisation's full snapshot, through the outbox, whenever it changes. */
@ApplicationScoped
public class OrganizationEvents {

    private final Outbox outbox;

    OrganizationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void changed(Organization organization) {
        outbox.publish(Topics.ORGANIZATIONS, OrganizationSnapshot.AGGREGATE, organization.id,
                OrganizationSnapshot.TYPE, organization.snapshot());
    }
}
