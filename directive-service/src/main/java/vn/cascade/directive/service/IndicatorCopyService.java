package vn.cascade.directive.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.cascade.common.events.IndicatorSnapshot;
import vn.cascade.directive.repository.IndicatorCopyRepository;

/** directive-service's copy of the indicator catalogue, kept from reporting-service's events: the importer's words. */
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
