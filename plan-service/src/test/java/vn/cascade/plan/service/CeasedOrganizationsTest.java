package vn.cascade.plan.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cascade.common.security.OrganizationDirectory.Cessation;
import vn.cascade.common.security.OrganizationDirectory.Successor;
import vn.cascade.plan.domain.Recipient;
import vn.cascade.plan.domain.Unit;
import vn.cascade.plan.service.command.PlanDraft;
import vn.cascade.reader.ImportWarning;

class CeasedOrganizationsTest {

    private static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);
    private static final Map<String, Cessation> CEASED = Map.of(
            "TU-QUANGTRI", new Cessation(JULY_1, List.of(new Successor("TU-QUANGTRI-2025", "Tỉnh ủy Quảng Trị"))),
            "HU-VINHLINH", new Cessation(JULY_1, List.of(new Successor("TU-QUANGTRI-2025", "Tỉnh ủy Quảng Trị"))),
            "DU-XA-CU", new Cessation(null, List.of()));

    @Test
    void shouldNameTheSuccessorOfEveryCeasedOrganisationTheDraftNamesOnce() {
        // given a 2022 plan of the centre naming the old Quảng Trị as a lead unit and a recipient, Vĩnh Linh as a
        // reporter, a commune that ceased without successor as an addressee, and Cần Thơ, which still exists
        PlanDraft draft = new PlanDraft("07-KH/TW", "BCT", LocalDate.of(2022, 8, 17), null, "Kế hoạch", null, null, null,
                null, List.of(), List.of(),
                List.of(new PlanDraft.Task("1", "Rà soát", List.of(new Unit("TU-QUANGTRI", "Tỉnh ủy Quảng Trị")),
                        List.of(new Unit(null, "Các ban đảng"), new Unit("TU-CANTHO", "Thành ủy Cần Thơ")), null)),
                List.of(new PlanDraft.Reporting(List.of("HU-VINHLINH"), "BCT", null, Set.of(), List.of(), null, null)),
                List.of(new Recipient("Tỉnh ủy Quảng Trị", "TU-QUANGTRI", Recipient.Purpose.FOR_IMPLEMENTATION)),
                null, new PlanDraft.SubordinatePlans(List.of("DU-XA-CU"), null));

        List<ImportWarning> warnings = CeasedOrganizations.warnings(draft, code -> Optional.ofNullable(CEASED.get(code)));

        // then one warning for each ceased one, naming who carries it on today
        assertEquals(List.of("TU-QUANGTRI", "HU-VINHLINH", "DU-XA-CU"), warnings.stream().map(ImportWarning::text).toList());
        assertEquals("TU-QUANGTRI has ceased on 2025-07-01; carried on today by Tỉnh ủy Quảng Trị (TU-QUANGTRI-2025): "
                + "move its part there if the plan still runs", warnings.getFirst().reason());
        assertEquals("DU-XA-CU has ceased without successor: decide who does its part now", warnings.getLast().reason());
    }
}
