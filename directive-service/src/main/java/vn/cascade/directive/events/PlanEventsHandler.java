package vn.cascade.directive.events;

import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.jboss.logging.Logger;
import vn.cascade.common.events.CloudEventCodec;
import vn.cascade.common.events.PlanSnapshot;
import vn.cascade.common.events.Topics;
import vn.cascade.common.inbox.EventHandler;
import vn.cascade.directive.domain.ImplementingPlan;
import vn.cascade.directive.repository.DirectiveRepository;
import vn.cascade.directive.repository.ImplementingPlanRepository;

/** Records which organisations have answered a directive with a plan, from plan-service's events. */
@ApplicationScoped
public class PlanEventsHandler implements EventHandler {

    private static final Logger LOG = Logger.getLogger(PlanEventsHandler.class);
    private static final Set<String> TYPES = Set.of(PlanSnapshot.ISSUED, PlanSnapshot.AMENDED, PlanSnapshot.REVOKED);

    private final CloudEventCodec codec;
    private final ImplementingPlanRepository plans;
    private final DirectiveRepository directives;

    PlanEventsHandler(CloudEventCodec codec, ImplementingPlanRepository plans, DirectiveRepository directives) {
        this.codec = codec;
        this.plans = plans;
        this.directives = directives;
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.PLANS);
    }

    @Override
    public void handle(CloudEvent event) {
        if (!TYPES.contains(event.getType())) {
            throw new IllegalArgumentException("Unexpected event type " + event.getType() + " on " + Topics.PLANS);
        }
        PlanSnapshot plan = codec.data(event, PlanSnapshot.class);
        if (plan.implementsDirective() == null || plan.implementsDirective().documentId() == null
                || directives.findByIdOptional(plan.implementsDirective().documentId()).isEmpty()) {
            LOG.infof("Plan %s implements no directive registered here; not recorded", plan.id());
            return;
        }
        ImplementingPlan answer = plans.findByIdOptional(plan.id()).orElseGet(ImplementingPlan::new);
        if (answer.planId != null && answer.version >= plan.version()) {
            return; // an older event arriving late
        }
        answer.planId = plan.id();
        answer.directiveId = plan.implementsDirective().documentId();
        answer.organizationId = plan.issuingOrganizationId();
        answer.organizationCode = plan.issuingOrganizationCode();
        answer.symbol = plan.symbol();
        answer.issueDate = plan.issueDate();
        answer.status = plan.status();
        answer.version = plan.version();
        plans.persist(answer);
    }
}
