package vn.cascade.plan.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.cascade.common.documents.DocumentType;
import vn.cascade.plan.domain.Recipient;
import vn.cascade.plan.domain.Unit;
import vn.cascade.plan.service.command.PlanDraft;
import vn.cascade.reader.DocumentCleaner;
import vn.cascade.reader.Folded;
import vn.cascade.reader.HeaderReader;
import vn.cascade.reader.ImportLimits;
import vn.cascade.reader.IndicatorNaming;
import vn.cascade.reader.ImportWarning;
import vn.cascade.reader.IssuerReader;
import vn.cascade.reader.LeadReader;
import vn.cascade.reader.OrganizationMatcher;
import vn.cascade.reader.Outline;
import vn.cascade.reader.ReferenceReader;
import vn.cascade.reader.ReportingReader;
import vn.cascade.reader.SourceLine;
import vn.cascade.reader.SubordinatePlanReader;
import vn.cascade.reader.TargetReader;

/**
 * Reads a plan document into a draft request: cleans it, finds its sections, and lets each reader take what it
 * knows. Whatever no reader could place comes back as a warning with its source line.
 */
public final class DocumentImporter {

    /** The draft and what else was read that needs the clerk (unmatched names, warnings). */
    public record ImportedPlan(PlanDraft request, DocumentType type, String issuerName,
            List<ReportingReader.Clause> reportingClauses, List<ClosingReader.NamedRecipient> recipientNames,
            List<TaskReader.ImportedTask> tasks, List<ImportWarning> warnings) {
    }

    private DocumentImporter() {
    }

    /**
     * @param text                   the document as plain text
     * @param issuingOrganizationCode the caller's choice of issuer, or null to match the document's
     * @param organizations          the registered organisations (ceased ones too, with their dates), for names → codes
     * @param naming                 the indicator vocabulary: the catalogue's keywords ({@link vn.cascade.reader.CatalogueNaming})
     * @throws ImportLimits.Exceeded when the text has more characters, lines or table cells than are read
     */
    public static ImportedPlan read(String text, String issuingOrganizationCode, OrganizationMatcher organizations,
            IndicatorNaming naming) {
        ImportLimits.check(text);
        List<ImportWarning> warnings = new ArrayList<>();
        DocumentCleaner.CleanDocument clean = DocumentCleaner.clean(text);
        int footAt = ClosingReader.start(clean.lines());
        List<SourceLine> bodyLines = clean.lines().subList(0, footAt);
        List<SourceLine> foot = clean.lines().subList(footAt, clean.lines().size());
        Outline outline = Outline.of(new DocumentCleaner.CleanDocument(bodyLines, clean.columns()));

        HeaderReader.Header letterhead = HeaderReader.read(outline.preamble());
        LeadReader.Lead lead = LeadReader.read(outline.preamble());
        HeaderReader.Header header = letterhead.withLead(lead);
        ReferenceReader.References references = ReferenceReader.read(outline.preamble(), header.title(), header.symbol());
        Integer year = header.issueDate() == null ? null : header.issueDate().getYear();
        // Names as they were on the document's date: "Tỉnh ủy Quảng Trị" in a 2023 plan is the committee of 2023.
        OrganizationMatcher registry = organizations.asOf(header.issueDate());

        List<String> issuerCandidates = new ArrayList<>(IssuerReader.candidates(header, lead, outline.preamble()));
        ClosingReader.Closing closing = ClosingReader.read(foot);
        if (closing.signer() != null && closing.signer().onBehalfOf() != null) {
            issuerCandidates.add(closing.signer().onBehalfOf().replaceFirst("^\\S+\\s*", ""));
        }
        IssuerReader.Issuer issuer = IssuerReader.match(issuerCandidates, issuingOrganizationCode, registry);
        String issuerName = issuer.name();
        String issuerCode = issuer.code();
        OrganizationMatcher matcher = registry.forIssuer(registry.nameOf(issuerCode).orElse(issuerName));

        List<TaskReader.ImportedTask> tasks = TaskReader.read(outline, clean.columns(), warnings);
        TargetReader.Result targets = TargetReader.readBody(bodyLines, new java.util.HashSet<>(references.usedLines()), year,
                outline, naming);
        targets.unplaced().forEach(u -> warnings.add(new ImportWarning(u.line().number(), TaskReader.abbreviate(u.sentence()),
                "a figure with no period (hằng năm, đến năm …): not made a target")));

        ReportingReader.Result reporting = ReportingReader.read(bodyLines, year);
        warnings.addAll(reporting.unplaced());
        List<PlanDraft.Reporting> requirements = new ArrayList<>();
        for (ReportingReader.Clause clause : reporting.clauses()) {
            Optional<String> recipient = matcher.codeFor(clause.recipientName());
            if (recipient.isEmpty()) {
                warnings.add(new ImportWarning(clause.line().number(), TaskReader.abbreviate(clause.sentence()),
                        "the report's recipient '" + clause.recipientName() + "' is not a registered organisation: "
                                + "add the reporting requirement by hand"));
                continue;
            }
            requirements.add(new PlanDraft.Reporting(List.of(), recipient.get(),
                    clause.viaName() == null ? null : matcher.codeFor(clause.viaName()).orElse(null),
                    clause.frequencies(), clause.years(), 0, null));
        }

        List<PlanDraft.Task> requestTasks = tasks.stream().map(task -> new PlanDraft.Task(task.number(),
                task.text(), units(task.lead(), matcher), units(task.cooperating(), matcher), task.timeframe())).toList();
        List<Recipient> recipients = closing.recipients().stream()
                .map(r -> new Recipient(r.name(), matcher.codeFor(r.name()).orElse(null), r.purpose())).toList();

        String title = header.title();
        if (title == null) {
            title = references.implemented() != null ? "Kế hoạch thực hiện " + references.implemented().symbol()
                    : outline.preamble().isEmpty() ? "Kế hoạch" : TaskReader.abbreviate(outline.preamble().getFirst().text());
            warnings.add(new ImportWarning(0, title, "the document has no title under its type: one was made up, check it"));
        }
        if (issuerCode == null) {
            warnings.add(new ImportWarning(0, issuerName == null ? "" : issuerName,
                    "the issuing organisation is not a registered one: give issuingOrganizationCode"));
        }
        if (header.symbol() == null) {
            warnings.add(new ImportWarning(0, "", "no number and symbol (Số …) found: add them before issuing"));
        }
        if (header.issueDate() == null) {
            warnings.add(new ImportWarning(0, "", "no issue date (…, ngày … tháng … năm …) found: add it before issuing"));
        }
        unusedPreamble(outline, header, references, tasks, targets.usedLines(), warnings);

        String purposes = null;
        String requirementsText = null;
        for (Outline.Node section : outline.sections(Outline.Role.PURPOSES)) {
            for (Outline.Node child : section.children) {
                String folded = Folded.of(child.heading == null ? "" : child.heading);
                if (folded.startsWith("muc dich") && child.heading.length() < 20) {
                    purposes = join(purposes, child.allText().replaceFirst("^[^\\n]*\\n?", ""));
                } else if (folded.startsWith("yeu cau") && child.heading.length() < 20) {
                    requirementsText = join(requirementsText, child.allText().replaceFirst("^[^\\n]*\\n?", ""));
                }
            }
            if (purposes == null && requirementsText == null) {
                purposes = section.allText().replaceFirst("^[^\\n]*\\n?", "");
            }
        }
        String implementation = blankToNull(outline.text(Outline.Role.IMPLEMENTATION).replaceFirst("^[^\\n]*\\n?", ""));

        PlanDraft.SubordinatePlans subordinatePlans = SubordinatePlanReader.read(bodyLines)
                .map(duty -> subordinatePlans(duty, matcher, warnings)).orElse(null);
        if (requestTasks.isEmpty() && targets.targets().isEmpty() && references.implemented() == null) {
            // A header, an abstract, a plan carrying out a plan: still a draft for a clerk to complete.
            warnings.add(new ImportWarning(0, "", "no tasks, targets or implemented directive were found: "
                    + "the draft holds the header only, complete it before issuing"));
        }
        PlanDraft request = new PlanDraft(header.symbol() == null ? null : header.symbol().toString(), issuerCode,
                header.issueDate(), header.issuePlace(), title, purposes, requirementsText, implementation,
                reference(references.implemented()), references.basedOn().stream().map(DocumentImporter::reference).toList(),
                targets.targets(), requestTasks, requirements, recipients, closing.signer(), subordinatePlans);
        DocumentType type = header.symbol() != null ? header.symbol().type() : header.type() != null ? header.type() : DocumentType.KH;
        return new ImportedPlan(request, type, issuerName, reporting.clauses(), closing.recipients(), tasks, ImportWarning.capped(warnings));
    }

    /** Preamble lines no reader used: news text around a summarised plan, a stray line above the title. */
    private static void unusedPreamble(Outline outline, HeaderReader.Header header, ReferenceReader.References references,
            List<TaskReader.ImportedTask> tasks, java.util.Set<Integer> targetLines, List<ImportWarning> warnings) {
        java.util.Set<Integer> used = new java.util.HashSet<>(header.usedLines());
        used.addAll(references.usedLines());
        used.addAll(targetLines);
        tasks.forEach(task -> used.add(task.line().number()));
        for (SourceLine line : outline.preamble()) {
            if (!used.contains(line.number())) {
                warnings.add(new ImportWarning(line.number(), TaskReader.abbreviate(line.text()),
                        "text before the first section that is not header, title or the documents implemented"));
            }
        }
    }

    /** As many warnings as a clerk can read; the rest are counted in one more. */


    /** Named addressees matched to organisations; kinds of body ("các huyện ủy, thành ủy") are every direct subordinate. */
    private static PlanDraft.SubordinatePlans subordinatePlans(SubordinatePlanReader.Duty duty, OrganizationMatcher matcher,
            List<ImportWarning> warnings) {
        List<String> codes = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        for (String name : duty.addresseeNames()) {
            matcher.codeFor(name).ifPresentOrElse(codes::add, () -> unmatched.add(name));
        }
        if (!duty.allSubordinates() && codes.isEmpty()) {
            warnings.add(new ImportWarning(duty.line().number(), String.join(", ", unmatched),
                    "the bodies that must issue their own plans were read as every direct subordinate: check them"));
        } else if (!unmatched.isEmpty()) {
            warnings.add(new ImportWarning(duty.line().number(), String.join(", ", unmatched),
                    "these bodies that must issue their own plans are not registered organisations: add them by hand"));
        }
        if (duty.deadline() == null) {
            warnings.add(new ImportWarning(duty.line().number(), "",
                    "subordinates must issue their own plans, but no deadline was read: set it"));
        }
        return new PlanDraft.SubordinatePlans(codes, duty.deadline());
    }

    private static PlanDraft.DocumentReference reference(ReferenceReader.Reference read) {
        return read == null ? null : new PlanDraft.DocumentReference(read.kind(), read.symbol(), read.issueDate());
    }

    private static List<Unit> units(List<String> names, OrganizationMatcher matcher) {
        return names.stream().map(name -> new Unit(matcher.codeFor(name).orElse(null), name)).toList();
    }

    private static String join(String a, String b) {
        return a == null ? blankToNull(b) : a + "\n" + b;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
