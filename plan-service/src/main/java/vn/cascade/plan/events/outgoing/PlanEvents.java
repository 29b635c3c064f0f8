package vn.cascade.plan.events.outgoing;

import jakarta.enterprise.context.ApplicationScoped;
import vn.cascade.common.events.PlanBasisChange;
import vn.cascade.common.events.PlanSnapshot;
import vn.cascade.common.events.TaskGuidanceLinked;
import vn.cascade.common.events.Topics;
import vn.cascade.common.outbox.Outbox;

/**
 * Announces, through the outbox and in the caller's transaction, that a plan was issued, amended or revoked. The
 * snapshot comes from the service that changed the plan, with its obligations already resolved.
 */
@ApplicationScoped
public class PlanEvents {

    private final Outbox outbox;

    PlanEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void issued(PlanSnapshot plan) {
        publish(plan, PlanSnapshot.ISSUED);
    }

    public void amended(PlanSnapshot plan) {
        publish(plan, PlanSnapshot.AMENDED);
    }

    public void revoked(PlanSnapshot plan) {
        publish(plan, PlanSnapshot.REVOKED);
    }

    public void completed(PlanSnapshot plan) {
        publish(plan, PlanSnapshot.COMPLETED);
    }

    public void replaced(PlanSnapshot plan) {
        publish(plan, PlanSnapshot.REPLACED);
    }

    /** Told to a plan resting on a document that changed; keyed by that plan so it stays in order with its own events. */
    public void basisChanged(PlanBasisChange change) {
        outbox.publish(Topics.PLANS, PlanSnapshot.AGGREGATE, change.planId(), PlanBasisChange.TYPE, change);
    }

    /** A task waiting for guidance from above was linked to it; keyed by the task's plan. */
    public void guidanceLinked(TaskGuidanceLinked linked) {
        outbox.publish(Topics.PLANS, PlanSnapshot.AGGREGATE, linked.planId(), TaskGuidanceLinked.TYPE, linked);
    }

    private void publish(PlanSnapshot plan, String type) {
        outbox.publish(Topics.PLANS, PlanSnapshot.AGGREGATE, plan.id(), type, plan);
    }
}
