package vn.cascade.reporting.events.incoming;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.cascade.organizations.OrganizationCopyChanged;
import vn.cascade.reporting.service.WorkInFlightService;

/** A change of the hierarchy, in the transaction of the organisation event: settles the work in flight it touches. */
@ApplicationScoped
public class OrganizationChangesObserver {

    private final WorkInFlightService workInFlight;

    OrganizationChangesObserver(WorkInFlightService workInFlight) {
        this.workInFlight = workInFlight;
    }

    void onChange(@Observes OrganizationCopyChanged change) {
        workInFlight.organizationChanged(change.snapshot());
    }
}
