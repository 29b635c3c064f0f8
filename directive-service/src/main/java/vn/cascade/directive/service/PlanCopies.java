package vn.cascade.directive.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import vn.cascade.common.documents.DocumentSymbol;
import vn.cascade.common.documents.ReferenceKind;
import vn.cascade.common.events.PlanSnapshot;
import vn.cascade.common.persistence.VersionedCopy;
import vn.cascade.common.text.VietnameseText;
import vn.cascade.directive.domain.ImplementingPlan;
import vn.cascade.directive.domain.PlanDocument;
import vn.cascade.directive.domain.PlanReference;
import vn.cascade.directive.repository.DirectiveRepository;
import vn.cascade.directive.repository.ImplementingPlanRepository;
import vn.cascade.directive.repository.PlanDocumentRepository;

/**
 * The copies kept of plan-service's plans: which organisations have answered a directive with a plan
 * (implementation coverage), and every issued plan with the documents it rests on (the reference graph). Each
 * copy takes a plan's version only when it is newer than the one it holds.
 */
@ApplicationScoped
@Transactional
public class PlanCopies {

    private static final Logger LOG = Logger.getLogger(PlanCopies.class);

    private final ImplementingPlanRepository plans;
    private final PlanDocumentRepository planDocuments;
    private final DirectiveRepository directives;

    PlanCopies(ImplementingPlanRepository plans, PlanDocumentRepository planDocuments, DirectiveRepository directives) {
        this.plans = plans;
        this.planDocuments = planDocuments;
        this.directives = directives;
    }

    public void record(PlanSnapshot plan) {
        recordDocument(plan);
        recordAnswer(plan);
    }

    private void recordAnswer(PlanSnapshot plan) {
        if (plan.implementsDirective() == null || plan.implementsDirective().documentId() == null
                || directives.findByIdOptional(plan.implementsDirective().documentId()).isEmpty()) {
            LOG.infof("Plan %s implements no directive registered here; not recorded as an answer", plan.id());
            return;
        }
        VersionedCopy.toUpdate(plans.findByIdOptional(plan.id()), answer -> answer.version, plan.version(),
                ImplementingPlan::new).ifPresent(answer -> {
                    answer.planId = plan.id();
                    answer.directiveId = plan.implementsDirective().documentId();
                    answer.organizationId = plan.issuingOrganizationId();
                    answer.organizationCode = plan.issuingOrganizationCode();
                    answer.symbol = plan.symbol();
                    answer.issueDate = plan.issueDate();
                    answer.status = plan.status();
                    answer.version = plan.version();
                    plans.persist(answer);
                });
    }

    /** Keeps the plan's place in the reference graph. */
    private void recordDocument(PlanSnapshot plan) {
        if (plan.symbol() == null || plan.issueDate() == null) {
            LOG.infof("Plan %s has no symbol or issue date; not placed in the reference graph", plan.id());
            return;
        }
        Optional<PlanDocument> existing = planDocuments.findByIdOptional(plan.id());
        Optional<PlanDocument> copy = VersionedCopy.toUpdate(existing, document -> document.version, plan.version(),
                PlanDocument::new);
        if (copy.isEmpty()) {
            return;
        }
        PlanDocument document = copy.get();
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
        if (existing.isEmpty()) {
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
