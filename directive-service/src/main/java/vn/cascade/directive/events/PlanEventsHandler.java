package vn.cascade.directive.events;

import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import vn.cascade.common.documents.DocumentSymbol;
import vn.cascade.common.documents.ReferenceKind;
import vn.cascade.common.events.CloudEventCodec;
import vn.cascade.common.events.PlanSnapshot;
import vn.cascade.common.events.Topics;
import vn.cascade.common.inbox.EventHandler;
import vn.cascade.common.text.VietnameseText;
import vn.cascade.directive.domain.ImplementingPlan;
import vn.cascade.directive.domain.PlanDocument;
import vn.cascade.directive.domain.PlanReference;
import vn.cascade.directive.repository.DirectiveRepository;
import vn.cascade.directive.repository.ImplementingPlanRepository;
import vn.cascade.directive.repository.PlanDocumentRepository;

/**
 * From plan-service's events: which organisations have answered a directive with a plan (implementation coverage),
 * and every issued plan with the documents it rests on (the reference graph).
 */
@ApplicationScoped
public class PlanEventsHandler implements EventHandler {

    private static final Logger LOG = Logger.getLogger(PlanEventsHandler.class);
    private static final Set<String> TYPES = Set.of(PlanSnapshot.ISSUED, PlanSnapshot.AMENDED, PlanSnapshot.REVOKED);

    private final CloudEventCodec codec;
    private final ImplementingPlanRepository plans;
    private final PlanDocumentRepository planDocuments;
    private final DirectiveRepository directives;

    PlanEventsHandler(CloudEventCodec codec, ImplementingPlanRepository plans, PlanDocumentRepository planDocuments,
            DirectiveRepository directives) {
        this.codec = codec;
        this.plans = plans;
        this.planDocuments = planDocuments;
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
        recordDocument(plan);
        recordAnswer(plan);
    }

    private void recordAnswer(PlanSnapshot plan) {
        if (plan.implementsDirective() == null || plan.implementsDirective().documentId() == null
                || directives.findByIdOptional(plan.implementsDirective().documentId()).isEmpty()) {
            LOG.infof("Plan %s implements no directive registered here; not recorded as an answer", plan.id());
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

    /** Keeps the plan's place in the reference graph; the newest version wins. */
    private void recordDocument(PlanSnapshot plan) {
        if (plan.symbol() == null || plan.issueDate() == null) {
            LOG.infof("Plan %s has no symbol or issue date; not placed in the reference graph", plan.id());
            return;
        }
        PlanDocument document = planDocuments.findByIdOptional(plan.id()).orElseGet(PlanDocument::new);
        if (document.planId != null && document.version >= plan.version()) {
            return;
        }
        boolean isNew = document.planId == null;
        Optional<DocumentSymbol> symbol = DocumentSymbol.tryParse(plan.symbol());
        document.planId = plan.id();
        document.symbol = symbol.map(DocumentSymbol::toString).orElse(VietnameseText.nfc(plan.symbol()));
        document.symbolKey = symbol.map(DocumentSymbol::searchKey).orElse(VietnameseText.fold(plan.symbol()));
        document.type = plan.type();
        document.issuingOrganizationId = plan.issuingOrganizationId();
        document.issuingOrganizationCode = plan.issuingOrganizationCode();
        document.issueDate = plan.issueDate();
        document.title = VietnameseText.nfc(plan.title());
        document.status = plan.status();
        document.version = plan.version();
        document.references.clear();
        if (plan.implementsDirective() != null) {
            document.references.add(reference(plan.implementsDirective()));
        }
        for (PlanSnapshot.DocumentLink link : plan.basedOn() == null ? List.<PlanSnapshot.DocumentLink>of() : plan.basedOn()) {
            document.references.add(reference(link));
        }
        // The upper plan it answers, when the links above do not already name it.
        if (plan.parentPlanId() != null && document.references.stream()
                .noneMatch(reference -> plan.parentPlanId().equals(reference.targetDocumentId))) {
            Optional<PlanDocument> parent = planDocuments.findByIdOptional(plan.parentPlanId());
            document.references.add(new PlanReference(ReferenceKind.BASED_ON, parent.map(p -> p.symbol).orElse(null),
                    parent.map(p -> p.symbolKey).orElse(null), parent.map(p -> p.issueDate).orElse(null),
                    plan.parentPlanId()));
        }
        if (isNew) {
            planDocuments.persist(document);
        }
        planDocuments.flush();
        planDocuments.resolveReferencesTo(document.planId, document.symbolKey, document.issueDate);
    }

    /** A link as the plan gives it; one without an id is resolved here by symbol (and date, when given). */
    private PlanReference reference(PlanSnapshot.DocumentLink link) {
        Optional<DocumentSymbol> symbol = DocumentSymbol.tryParse(link.symbol());
        String key = symbol.map(DocumentSymbol::searchKey).orElse(VietnameseText.fold(link.symbol()));
        UUID target = link.documentId() != null ? link.documentId() : key == null ? null : resolve(key, link.issueDate());
        return new PlanReference(link.kind() == null ? ReferenceKind.BASED_ON : link.kind(),
                symbol.map(DocumentSymbol::toString).orElse(link.symbol()), key, link.issueDate(), target);
    }

    private UUID resolve(String key, LocalDate issueDate) {
        List<UUID> candidates = Stream.concat(
                        directives.findBySymbol(key).stream()
                                .filter(directive -> issueDate == null || issueDate.equals(directive.issueDate))
                                .map(directive -> directive.id),
                        planDocuments.findBySymbol(key).stream()
                                .filter(plan -> issueDate == null || issueDate.equals(plan.issueDate))
                                .map(plan -> plan.planId))
                .filter(Objects::nonNull).toList();
        return candidates.size() == 1 ? candidates.getFirst() : null;
    }
}
