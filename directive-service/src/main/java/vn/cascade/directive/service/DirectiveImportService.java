package vn.cascade.directive.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.panache.common.Sort;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.cascade.common.documents.DocumentSymbol;
import vn.cascade.common.documents.DocumentType;
import vn.cascade.common.documents.ReferenceKind;
import vn.cascade.common.domain.DomainException;
import vn.cascade.common.domain.Violation;
import vn.cascade.common.security.Caller;
import vn.cascade.directive.importer.DirectiveImporter;
import vn.cascade.directive.repository.OrganizationRepository;
import vn.cascade.indicators.IndicatorCopyRepository;
import vn.cascade.reader.ImportDesk;
import vn.cascade.reader.ImportGate;
import vn.cascade.reader.ImportLimits;
import vn.cascade.reader.ImportWarning;
import vn.cascade.reader.KnownOrganizations;
import vn.cascade.reader.OrganizationMatcher;

/**
 * Reads a resolution, conclusion or instruction and drafts it through {@link DirectiveLifecycle#draft}, the path of
 * {@code POST /api/v1/directives}: same roles, scope and checks, and the draft is an ordinary directive in DRAFT.
 * Reading runs outside any transaction; only the draft is written in one, the lifecycle's own.
 */
@Startup // its meters exist from the start, before the first import (deploy/observability/metric-names.txt)
@ApplicationScoped
public class DirectiveImportService {

    public record Imported(DirectiveView directive, List<ImportWarning> warnings) {
    }

    /** What this importer takes: resolutions, conclusions, instructions. */
    static final Set<DocumentType> IMPORTED_TYPES = EnumSet.of(DocumentType.NQ, DocumentType.KL, DocumentType.CT);

    private final DirectiveLifecycle lifecycle;
    private final KnownOrganizations organizations;
    private final Caller caller;
    private final IndicatorCopyRepository indicators;
    private final Clock clock;
    /** One import per caller at a time, and the imports' meters. */
    private final ImportDesk desk;

    DirectiveImportService(DirectiveLifecycle lifecycle, OrganizationRepository organizations, Caller caller,
            IndicatorCopyRepository indicators, Clock clock, MeterRegistry registry) {
        this.lifecycle = lifecycle;
        this.indicators = indicators;
        this.clock = clock;
        this.caller = caller;
        // Every organisation, ceased ones too, with its dates: a document names them as they were on its date.
        this.organizations = () -> organizations.listAll(Sort.by("validFrom").and("code")).stream()
                .map(o -> new OrganizationMatcher.Known(o.code, o.name, o.shortName, o.validFrom, o.validTo)).toList();
        this.desk = new ImportDesk(registry, "directive");
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

    /**
     * @throws DomainException 422 when the document gives no symbol, no issue date or no registered issuer (a
     *                         directive draft needs all three), or is not a resolution, conclusion or instruction;
     *                         413 past a limit of the reader
     */
    public Imported importText(String text, String issuingOrganizationCode) {
        if (text == null || text.isBlank()) {
            throw DomainException.unreadable("The document is empty");
        }
        DirectiveImporter.ImportedDirective imported;
        try {
            // the vocabulary as the catalogue's copy holds it now: an indicator added with keywords names this import's targets
            imported = DirectiveImporter.read(text, blankToNull(issuingOrganizationCode), organizations.matcher(),
                    indicators.naming(LocalDate.now(clock)));
        } catch (ImportLimits.Exceeded e) {
            throw DomainException.tooLarge(e.getMessage());
        }
        DirectiveContent content = new DirectiveContent(null, imported.symbol(), imported.issuingOrganizationCode(),
                imported.issueDate(), null, imported.title(), null, imported.body(), imported.targets(),
                imported.references().stream().map(reference -> new DirectiveContent.Reference(
                        reference.kind() == null ? ReferenceKind.BASED_ON : reference.kind(), reference.symbol(),
                        reference.issueDate())).toList());
        List<Violation> missing = new ArrayList<>();
        if (content.symbol() == null) {
            missing.add(new Violation("symbol", "no number and symbol (Số …-NQ/TW) found in the document"));
        } else if (!IMPORTED_TYPES.contains(DocumentSymbol.parse(content.symbol()).type())) {
            missing.add(new Violation("symbol", content.symbol() + " is not a resolution, conclusion or instruction "
                    + "(NQ, KL, CT); plans are imported with POST /api/v1/plans/import"));
        }
        if (content.issueDate() == null) {
            missing.add(new Violation("issueDate", "no issue date (…, ngày … tháng … năm …) found in the document"));
        }
        if (content.issuingOrganizationCode() == null) {
            missing.add(new Violation("issuingOrganizationCode", "the document names no registered organisation"
                    + (imported.issuerName() == null ? "" : " ('" + imported.issuerName() + "' is not one)")
                    + ": give issuingOrganizationCode"));
        }
        if (!missing.isEmpty()) {
            throw DomainException.ruleBroken("A directive draft needs its symbol, issue date and issuer, and the "
                    + "document does not give them all", missing);
        }
        Imported result = new Imported(lifecycle.draft(content), imported.warnings());
        desk.drafted(imported.warnings().size());
        return result;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
