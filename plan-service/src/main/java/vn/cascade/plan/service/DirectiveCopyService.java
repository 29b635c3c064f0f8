package vn.cascade.plan.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.cascade.common.documents.DocumentSymbol;
import vn.cascade.common.events.DirectiveSnapshot;
import vn.cascade.plan.repository.DirectiveRepository;

/** plan-service's copy of the directives, kept from directive-service's events. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DirectiveCopyService {

    private final DirectiveRepository directives;

    DirectiveCopyService(DirectiveRepository directives) {
        this.directives = directives;
    }

    public void received(DirectiveSnapshot directive) {
        directives.upsert(directive, DocumentSymbol.parse(directive.symbol()).searchKey());
    }
}
