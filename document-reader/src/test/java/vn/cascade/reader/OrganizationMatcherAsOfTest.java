package vn.cascade.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Names of organisations as they were on a document's date, across the reorganisation of 1 July 2025. */
class OrganizationMatcherAsOfTest {

    private static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);

    private final OrganizationMatcher registry = new OrganizationMatcher(List.of(
            new OrganizationMatcher.Known("TU-QUANGTRI", "Tỉnh ủy Quảng Trị", "TU Quảng Trị", LocalDate.of(2008, 8, 1), JULY_1),
            new OrganizationMatcher.Known("HU-VINHLINH", "Huyện ủy Vĩnh Linh", null, LocalDate.of(2020, 1, 1), JULY_1),
            new OrganizationMatcher.Known("BTC-HU-VINHLINH", "Ban Tổ chức Huyện ủy Vĩnh Linh", null,
                    LocalDate.of(2020, 1, 1), JULY_1),
            new OrganizationMatcher.Known("TU-QUANGTRI-2025", "Tỉnh ủy Quảng Trị", "TU Quảng Trị", JULY_1, null)), null);

    @Test
    void shouldReadANameAsTheOrganisationThatBoreItOnTheDocumentsDate() {
        assertEquals(Optional.of("TU-QUANGTRI"), registry.asOf(LocalDate.of(2023, 1, 9)).codeFor("TỈNH ỦY QUẢNG TRỊ"));
        assertEquals(Optional.of("TU-QUANGTRI-2025"), registry.asOf(LocalDate.of(2025, 10, 5)).codeFor("Tỉnh ủy Quảng Trị"));
        assertEquals(Optional.of("TU-QUANGTRI"), registry.asOf(LocalDate.of(2025, 6, 30)).codeFor("TU Quảng Trị"));
    }

    @Test
    void shouldReadANameWithoutADateAsTodaysOrganisation() {
        assertEquals(Optional.of("TU-QUANGTRI-2025"), registry.codeFor("Tỉnh ủy Quảng Trị"));
        assertEquals(Optional.of("TU-QUANGTRI-2025"), registry.asOf(null).codeFor("Tỉnh ủy Quảng Trị"));
    }

    @Test
    void shouldStillFindAnOrganisationThatHasCeased() {
        // a 2023 plan of Vĩnh Linh names its own Ban Tổ chức without the place
        OrganizationMatcher vinhLinh2023 = registry.asOf(LocalDate.of(2023, 1, 9)).forIssuer("Huyện ủy Vĩnh Linh");
        assertEquals(Optional.of("HU-VINHLINH"), vinhLinh2023.codeFor("Huyện ủy Vĩnh Linh"));
        assertEquals(Optional.of("BTC-HU-VINHLINH"), vinhLinh2023.codeFor("Ban Tổ chức Huyện ủy"));
        // a name only a ceased organisation bore is that organisation, even on a later date
        assertEquals(Optional.of("HU-VINHLINH"), registry.asOf(LocalDate.of(2026, 1, 1)).codeFor("Huyện ủy Vĩnh Linh"));
    }
}
