package vn.cascade.directive.events.outgoing;

import jakarta.enterprise.context.ApplicationScoped;
import vn.cascade.common.events.DirectiveSnapshot;
import vn.cascade.common.events.Topics;
import vn.cascade.common.outbox.Outbox;
import vn.cascade.directive.domain.Directive;

/** Announces, through the outbox, that a directive was published, amended, replaced or revoked. */
@ApplicationScoped
public class DirectiveEvents {

    private final Outbox outbox;

    DirectiveEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void published(Directive directive) {
        publish(directive, DirectiveSnapshot.PUBLISHED);
    }

    public void amended(Directive directive) {
        publish(directive, DirectiveSnapshot.AMENDED);
    }

    public void revoked(Directive directive) {
        publish(directive, DirectiveSnapshot.REVOKED);
    }

    public void replaced(Directive directive) {
        publish(directive, DirectiveSnapshot.REPLACED);
    }

    private void publish(Directive directive, String type) {
        outbox.publish(Topics.DIRECTIVES, DirectiveSnapshot.AGGREGATE, directive.id, type, directive.snapshot());
    }
}
