package vn.cascade.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.cascade.common.events.IndicatorSnapshot;
import vn.cascade.plan.repository.IndicatorCopyRepository;

/** plan-service's copy of the indicator catalogue, kept from reporting-service's events. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class IndicatorCopyService {

    private final IndicatorCopyRepository indicators;

    IndicatorCopyService(IndicatorCopyRepository indicators) {
        this.indicators = indicators;
    }

    /** Defined, changed and retired alike: the snapshot is the indicator's whole state at its version. */
    public void received(IndicatorSnapshot indicator) {
        indicators.upsert(indicator);
    }
}
