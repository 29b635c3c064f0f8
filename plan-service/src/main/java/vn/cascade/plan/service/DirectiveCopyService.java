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
    private final LifecycleConsequences consequences;
    private final GuidanceLinks guidance;

    DirectiveCopyService(DirectiveRepository directives, LifecycleConsequences consequences, GuidanceLinks guidance) {
        this.directives = directives;
        this.consequences = consequences;
        this.guidance = guidance;
    }

    /**
     * Keeps the newer version; when it amends, replaces or revokes the directive, the plans implementing it (and
     * those resting on them) are told. An older or repeated version changes nothing and tells nobody.
     */
    public void received(String eventType, DirectiveSnapshot directive) {
        directives.upsert(directive, DocumentSymbol.parse(directive.symbol()).searchKey()).ifPresent(copy -> {
            String change = switch (eventType) {
                case DirectiveSnapshot.AMENDED -> "AMENDED";
                case DirectiveSnapshot.REPLACED -> "REPLACED";
                case DirectiveSnapshot.REVOKED -> "REVOKED";
                default -> null;
            };
            if (change != null) {
                consequences.directiveChanged(copy, change);
            }
            if (copy.inForce()) {
                guidance.directiveInForce(copy, directive);
            }
        });
    }
}
