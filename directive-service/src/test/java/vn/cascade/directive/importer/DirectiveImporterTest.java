package vn.cascade.directive.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cascade.reader.IndicatorNaming;
import vn.cascade.reader.OrganizationMatcher;

/** The directive reading rules, without the service: letterheads, leads, issuers. */
class DirectiveImporterTest {

    private static final OrganizationMatcher REGISTRY = new OrganizationMatcher(List.of(
            new OrganizationMatcher.Known("TW-BCT", "Bộ Chính trị", null),
            new OrganizationMatcher.Known("TW-BCH", "Ban Chấp hành Trung ương", null),
            new OrganizationMatcher.Known("TU-NINHTHUAN", "Tỉnh ủy Ninh Thuận", null)), null);

    @Test
    void shouldReadTheLeadOfAResolutionsRepost() throws IOException {
        DirectiveImporter.ImportedDirective read = DirectiveImporter.read(text("d01-tin-nq-10-tinh-uy-ninh-thuan.txt"),
                "TU-NINHTHUAN", REGISTRY, IndicatorNaming.PARTY_BUILDING);
        assertEquals("10-NQ/TU", read.symbol());
        assertEquals(LocalDate.of(2016, 11, 14), read.issueDate());
        assertEquals("TU-NINHTHUAN", read.issuingOrganizationCode());
        assertEquals(List.of(), read.references());
    }

    @Test
    void shouldReadAnInstructionsLetterhead() throws IOException {
        DirectiveImporter.ImportedDirective read = DirectiveImporter.read(text("d02-ct-06-bo-chinh-tri-ha-tinh.txt"), null, REGISTRY, IndicatorNaming.PARTY_BUILDING);
        assertEquals("06-CT/TW", read.symbol());
        assertEquals(LocalDate.of(2006, 11, 7), read.issueDate());
        assertEquals("TW-BCH", read.issuingOrganizationCode());
    }

    @Test
    void shouldTakeTheBodyASignatoryActsForAsTheIssuer() throws IOException {
        DirectiveImporter.ImportedDirective read = DirectiveImporter.read(text("d03-tin-kl-34-bo-chinh-tri-ha-nam.txt"), null, REGISTRY, IndicatorNaming.PARTY_BUILDING);
        assertEquals("34-KL/TW", read.symbol());
        assertEquals(LocalDate.of(2022, 4, 18), read.issueDate());
        assertEquals("TW-BCT", read.issuingOrganizationCode());
    }

    @Test
    void shouldReadAnInstructionFromANewsLead() throws IOException {
        DirectiveImporter.ImportedDirective read = DirectiveImporter.read(text("d04-tin-ct-35-bo-chinh-tri-cuu-chien-binh.txt"), null, REGISTRY, IndicatorNaming.PARTY_BUILDING);
        assertEquals("35-CT/TW", read.symbol());
        assertEquals(LocalDate.of(2019, 5, 30), read.issueDate());
        assertEquals("TW-BCT", read.issuingOrganizationCode());
        assertEquals(0, read.targets().size());
    }

    @Test
    void shouldLeaveWhatADocumentDoesNotSayEmpty() {
        DirectiveImporter.ImportedDirective read = DirectiveImporter.read("Một đoạn văn.", null, REGISTRY, IndicatorNaming.PARTY_BUILDING);
        assertNull(read.symbol());
        assertNull(read.issueDate());
        assertNull(read.issuingOrganizationCode());
    }

    private static String text(String name) throws IOException {
        try (InputStream in = DirectiveImporterTest.class.getClassLoader().getResourceAsStream("directives/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
