package vn.cascade.reporting.events.outgoing;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import vn.cascade.common.events.IndicatorSnapshot;
import vn.cascade.common.events.Topics;
import vn.cascade.common.outbox.Outbox;
import vn.cascade.reporting.domain.Indicator;

/**
 * Announces every change to the indicator catalogue through the outbox, keyed by the indicator's code, so that
 * other services (plan-service) keep a copy: defined, changed, or retired when a change ends its validity.
 */
@ApplicationScoped
public class IndicatorEvents {

    private final Outbox outbox;

    IndicatorEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void defined(Indicator indicator) {
        publish(indicator, IndicatorSnapshot.DEFINED);
    }

    /**
     * Retired when the change ends the indicator's validity before the day (it was in use, or to be, until then);
     * changed otherwise, also when an indicator retired already is renamed.
     */
    public void changed(Indicator indicator, boolean wasRetired, LocalDate today) {
        IndicatorSnapshot snapshot = indicator.snapshot();
        outbox.publish(Topics.INDICATORS, IndicatorSnapshot.AGGREGATE, indicator.code,
                !wasRetired && snapshot.retiredOn(today) ? IndicatorSnapshot.RETIRED : IndicatorSnapshot.CHANGED,
                snapshot);
    }

    private void publish(Indicator indicator, String type) {
        outbox.publish(Topics.INDICATORS, IndicatorSnapshot.AGGREGATE, indicator.code, type, indicator.snapshot());
    }
}
