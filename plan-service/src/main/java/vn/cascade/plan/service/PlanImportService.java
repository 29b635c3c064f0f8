package vn.cascade.plan.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.cascade.common.documents.Target;
import vn.cascade.common.domain.DomainException;
import vn.cascade.common.security.Caller;
import vn.cascade.indicators.CatalogueIndicator;
import vn.cascade.indicators.IndicatorCopyRepository;
import vn.cascade.organizations.OrganizationRepository;
import vn.cascade.plan.domain.TargetIndicators;
import vn.cascade.plan.importer.DocumentImporter;
import vn.cascade.plan.service.command.PlanDraft;
import vn.cascade.reader.CatalogueNaming;
import vn.cascade.reader.ImportDesk;
import vn.cascade.reader.ImportGate;
import vn.cascade.reader.ImportLimits;
import vn.cascade.reader.ImportWarning;
import vn.cascade.reader.IndicatorNaming;
import vn.cascade.reader.KnownOrganizations;
import vn.cascade.reader.OrganizationMatcher;

/**
 * Reads a plan document and drafts it through {@link PlanService#draft}, so the same roles and scope rules apply.
 * Reading runs outside any transaction (it may take a second on a large document); only the draft is written in
 * one, PlanService's own.
 */
@Startup // its meters exist from the start, before the first import (deploy/observability/metric-names.txt)
@ApplicationScoped
public class PlanImportService {

    public record Imported(PlanView plan, List<ImportWarning> warnings) {
    }

    private final PlanService plans;
    private final IndicatorCopyRepository indicators;
    private final OrganizationRepository organizations;
    private final KnownOrganizations directory;
    private final Caller caller;
    /** One import per caller at a time, and the imports' meters. */
    private final ImportDesk desk;
    private final Clock clock;

    PlanImportService(PlanService plans, OrganizationRepository organizations, IndicatorCopyRepository indicators,
            Caller caller, MeterRegistry registry, Clock clock) {
        this.plans = plans;
        this.clock = clock;
        this.indicators = indicators;
        this.caller = caller;
        this.organizations = organizations;
        // Every organisation of the copy, ceased ones too, with its dates.
        this.directory = () -> organizations.listAll(Sort.by("validFrom").and("code")).stream()
                .map(o -> new OrganizationMatcher.Known(o.code, o.name, o.shortName, o.validFrom, o.validTo)).toList();
        this.desk = new ImportDesk(registry, "plan");
    }

    /**
     * Takes the caller's import slot for the whole import (reading the body included); close it when done.
     *
     * @throws vn.cascade.common.problem.ProblemException 429 with Retry-After when the caller already has an import running
     */
    public ImportGate.Ticket enter() {
        return desk.enter(caller.name());
    }

    /** The gate, for tests that hold an import in it. */
    public ImportGate gate() {
        return desk.gate();
    }

    public Imported importText(String text, String issuingOrganizationCode) {
        if (text == null || text.isBlank()) {
            throw DomainException.unreadable("The document is empty");
        }
        OrganizationMatcher registry = directory.matcher();
        // the vocabulary as the catalogue's copy holds it now: an indicator added with keywords names this import's targets
        TargetIndicators catalogue = new TargetIndicators(indicators.listAll());
        IndicatorNaming naming = CatalogueNaming.of(catalogue.all().stream()
                .map(CatalogueIndicator::naming).toList(), LocalDate.now(clock));
        DocumentImporter.ImportedPlan imported;
        try {
            imported = DocumentImporter.read(text, blankToNull(issuingOrganizationCode), registry, naming);
        } catch (ImportLimits.Exceeded e) {
            throw DomainException.tooLarge(e.getMessage());
        }
        List<ImportWarning> toClerk = new ArrayList<>(imported.warnings());
        PlanDraft draft = unmappedKeptAsWords(imported.request(), catalogue, toClerk);
        if (draft.issuingOrganizationCode() == null) {
            throw DomainException.ruleBroken("The document names no registered issuing organisation"
                    + (imported.issuerName() == null ? "" : " ('" + imported.issuerName() + "' is not one)")
                    + ": give issuingOrganizationCode", List.of())
                    .localized(imported.issuerName() == null ? "import.no-issuer" : "import.issuer-unknown",
                            imported.issuerName() == null ? "" : imported.issuerName());
        }
        toClerk.addAll(CeasedOrganizations.warnings(draft, organizations::cessationOf));
        Imported result = new Imported(plans.draft(draft), List.copyOf(toClerk));
        desk.drafted(toClerk.size());
        return result;
    }

    /**
     * A target no catalogue indicator's keywords name is kept with its words and no code, and a warning asks the
     * clerk to pick or create its indicator (or to give one the words, for the next import). A code the catalogue
     * does not know (an indicator retired meanwhile) is treated alike; codes it knows stay.
     */
    private static PlanDraft unmappedKeptAsWords(PlanDraft draft, TargetIndicators catalogue,
            List<ImportWarning> warnings) {
        List<Target> targets = new ArrayList<>(draft.targets().size());
        for (Target target : draft.targets()) {
            if (target.indicatorCode() != null && catalogue.find(target.indicatorCode()).isPresent()) {
                targets.add(target);
                continue;
            }
            warnings.add(new ImportWarning(0, target.label(), (target.indicatorCode() == null
                    ? "no catalogue indicator's keywords name this target"
                    : "no catalogue indicator for " + target.indicatorCode())
                    + "; kept with its words: pick or create its indicator, or give one these words as keywords "
                    + "(GET /api/v1/indicators)"));
            targets.add(new Target(null, target.label(), target.comparator(), target.value(), target.upperValue(),
                    target.unit(), target.period(), target.baselineValue(), target.baselineDate(), null, null));
        }
        return draft.withTargets(targets);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
