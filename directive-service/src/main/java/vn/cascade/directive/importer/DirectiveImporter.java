package vn.cascade.directive.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import vn.cascade.common.documents.Target;
import vn.cascade.reader.DocumentCleaner;
import vn.cascade.reader.DocumentKinds;
import vn.cascade.reader.HeaderReader;
import vn.cascade.reader.ImportLimits;
import vn.cascade.reader.ImportWarning;
import vn.cascade.reader.IndicatorNaming;
import vn.cascade.reader.IssuerReader;
import vn.cascade.reader.LeadReader;
import vn.cascade.reader.OrganizationMatcher;
import vn.cascade.reader.Outline;
import vn.cascade.reader.ReferenceReader;
import vn.cascade.reader.SourceLine;
import vn.cascade.reader.TargetReader;

/**
 * Reads a resolution, conclusion or instruction (NQ, KL, CT) into what a directive draft holds, with the shared
 * readers of document-reader: its header or lead (symbol, date, place, type, title), its issuer, the documents it
 * names in its opening, its targets. The text itself becomes the directive's body. Whatever no reader placed comes
 * back as a warning with its line.
 */
public final class DirectiveImporter {

    /** The longest body and title a directive takes (as {@code POST /api/v1/directives}). */
    static final int MAX_BODY = 500_000;
    static final int MAX_TITLE = 1_000;

    /**
     * What was read (symbol, date or issuer code may be null: the service refuses then), the name read for the
     * issuer, and the warnings. References: the implemented document first, then those it is based on.
     */
    public record ImportedDirective(String symbol, String issuingOrganizationCode, LocalDate issueDate, String title,
            String body, List<Target> targets, List<ReferenceReader.Reference> references, String issuerName,
            List<ImportWarning> warnings) {
    }

    private DirectiveImporter() {
    }

    /**
     * @param text                    the document as plain text
     * @param issuingOrganizationCode the caller's choice of issuer, or null to match the document's
     * @param organizations           the registered organisations, for names → codes
     * @param naming                  the indicator vocabulary: the catalogue copy's keywords
     *                                ({@link vn.cascade.reader.CatalogueNaming})
     * @throws ImportLimits.Exceeded when the text has more characters, lines or table cells than are read
     */
    public static ImportedDirective read(String text, String issuingOrganizationCode, OrganizationMatcher organizations,
            IndicatorNaming naming) {
        ImportLimits.check(text);
        List<ImportWarning> warnings = new ArrayList<>();
        DocumentCleaner.CleanDocument clean = DocumentCleaner.clean(text);
        Outline outline = Outline.of(clean);
        List<SourceLine> preamble = outline.preamble();

        LeadReader.Lead lead = LeadReader.read(preamble, DocumentKinds.DIRECTIVES);
        HeaderReader.Header header = HeaderReader.read(preamble, DocumentKinds.DIRECTIVES).withLead(lead);
        ReferenceReader.References references = ReferenceReader.read(preamble, header.title(), header.symbol());
        OrganizationMatcher registry = organizations.asOf(header.issueDate());
        IssuerReader.Issuer issuer = IssuerReader.match(IssuerReader.candidates(header, lead, preamble),
                issuingOrganizationCode, registry);

        Integer year = header.issueDate() == null ? null : header.issueDate().getYear();
        TargetReader.Result targets = TargetReader.readBody(clean.lines(), new HashSet<>(references.usedLines()), year,
                outline, naming);
        targets.unplaced().forEach(u -> warnings.add(new ImportWarning(u.line().number(), ImportWarning.abbreviate(u.sentence()),
                "a figure with no period (hằng năm, đến năm …): not made a target")));

        List<ReferenceReader.Reference> named = new ArrayList<>();
        if (references.implemented() != null) {
            named.add(references.implemented());
        }
        named.addAll(references.basedOn());

        String title = header.title();
        if (title == null) {
            title = header.symbol() == null ? "Văn bản nhập" : header.symbol().type().vietnameseName() + " " + header.symbol();
            title = Character.toUpperCase(title.charAt(0)) + title.substring(1);
            warnings.add(new ImportWarning(0, title, "the document has no title under its type: one was made up, check it"));
        } else if (title.length() > MAX_TITLE) {
            title = title.substring(0, MAX_TITLE - 1) + "…";
            warnings.add(new ImportWarning(0, "", "the title was cut to " + MAX_TITLE + " characters"));
        }
        if (header.symbol() != null && !header.symbol().type().isDirective()) {
            warnings.add(new ImportWarning(0, header.symbol().toString(), "the document is a "
                    + header.symbol().type().englishName() + ", not a directive"));
        }
        if (issuer.code() == null) {
            warnings.add(new ImportWarning(0, issuer.name() == null ? "" : issuer.name(),
                    "the issuing organisation is not a registered one: give issuingOrganizationCode"));
        }
        String body = String.join("\n", clean.lines().stream().map(line -> line.text().replace('\t', ' ')).toList());
        if (body.length() > MAX_BODY) {
            body = body.substring(0, MAX_BODY);
            warnings.add(new ImportWarning(0, "", "the body was cut to " + MAX_BODY + " characters: keep the rest in the file"));
        }
        return new ImportedDirective(header.symbol() == null ? null : header.symbol().toString(), issuer.code(),
                header.issueDate(), title, body, targets.targets(), named, issuer.name(), ImportWarning.capped(warnings));
    }
}
