package vn.cascade.plan.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cascade.common.documents.Target;
import vn.cascade.common.events.ReportingFrequency;
import vn.cascade.plan.domain.Recipient;
import vn.cascade.plan.domain.TimeframeKind;
import vn.cascade.plan.service.command.PlanDraft;

/**
 * Documents written after the importer, in the style of other places: a district action programme ("Số:",
 * "I.", "1.1.", "a)", straight quotes, "hàng năm", "chậm nhất trong tháng 6/2024"), a provincial plan ("I-", "1-",
 * a table with other column names and a two-column letterhead), a commune plan captured from a web portal.
 */
class UnseenDocumentsTest {

    static final String DAK_HA = "unseen/a-chuong-trinh-15-CTr-HU-dak-ha.txt";
    static final String BAC_NINH = "unseen/b-ke-hoach-120-KH-TU-bac-ninh.txt";
    static final String TAN_HOA = "unseen/c-tin-ke-hoach-25-KH-DU-tan-hoa.txt";

    @Test
    void shouldImportADistrictActionProgrammeWithOtherNumbering() {
        DocumentImporter.ImportedPlan imported = Documents.read(DAK_HA);
        PlanDraft plan = imported.request();
        assertEquals(vn.cascade.common.documents.DocumentType.CTR, imported.type());
        assertEquals("15-CTr/HU", plan.symbol());
        assertEquals(LocalDate.of(2023, 3, 20), plan.issueDate());
        assertEquals("HU-DAKHA", plan.issuingOrganizationCode());
        assertEquals("21-NQ/TW", plan.implementsDirective().symbol());
        assertEquals(List.of("07-KH/TW", "52-CTr/TU"), plan.basedOn().stream().map(PlanDraft.DocumentReference::symbol).toList());
        assertEquals("Bám sát mục tiêu của Nghị quyết, bảo đảm thực chất, tránh hình thức.", plan.requirements());
        Target rated = plan.targets().getFirst();
        assertEquals(Target.Comparator.MORE_THAN, rated.comparator());
        assertEquals(new Target.TargetPeriod(Target.TargetPeriod.Kind.BY_YEAR, null, 2025), rated.period());
        Target range = plan.targets().get(1);
        assertEquals(Target.Comparator.BETWEEN, range.comparator());
        assertEquals(0, BigDecimal.valueOf(5).compareTo(range.upperValue()));
        PlanDraft.Task briefing = SeedDocumentsTest.task(plan, "1.1");
        assertEquals(YearMonth.of(2024, 6), briefing.timeframe().month());
        assertEquals(List.of("Trung tâm Chính trị huyện"), briefing.cooperatingUnits().stream().map(u -> u.name()).toList());
        assertEquals(YearMonth.of(2023, 9), SeedDocumentsTest.task(plan, "2.a").timeframe().month());
        assertEquals(TimeframeKind.ANNUALLY, SeedDocumentsTest.task(plan, "2.b").timeframe().kind());
        PlanDraft.Reporting reporting = plan.reportingRequirements().getFirst();
        assertEquals(EnumSet.of(ReportingFrequency.HALF_YEARLY, ReportingFrequency.ANNUAL), reporting.frequencies());
        assertEquals("HU-DAKHA", reporting.recipientCode());
        assertEquals("BTC-HU-DAKHA", reporting.viaCode());
        assertEquals(Recipient.Purpose.FOR_REPORTING, plan.recipients().getFirst().purpose());
        assertEquals("BÍ THƯ", plan.signer().position());
    }

    @Test
    void shouldImportAProvincialPlanWithATableOfOtherColumnNames() {
        PlanDraft plan = Documents.read(BAC_NINH).request();
        assertEquals("120-KH/TU", plan.symbol());
        assertEquals("Bắc Ninh", plan.issuePlace());
        assertEquals("TU-BACNINH", plan.issuingOrganizationCode());
        PlanDraft.Task reorganise = SeedDocumentsTest.task(plan, "2");
        assertEquals("BTC-TU-BACNINH", reorganise.leadUnits().getFirst().organizationCode());
        assertEquals(YearMonth.of(2022, 12), reorganise.timeframe().month());
        assertEquals(TimeframeKind.STARTING_FROM, SeedDocumentsTest.task(plan, "5").timeframe().kind());
        assertTrue(plan.tasks().stream().noneMatch(t -> t.text().startsWith("Nội dung nhiệm vụ")));
        assertTrue(plan.targets().stream().anyMatch(t -> t.comparator() == Target.Comparator.AT_MOST
                && t.value().compareTo(BigDecimal.ONE) == 0));
        assertEquals("TU-BACNINH", plan.reportingRequirements().getFirst().recipientCode());
        assertEquals("Lê Thị Mai", plan.signer().name());
    }

    @Test
    void shouldImportACommunePlanFromAWebPortal() {
        DocumentImporter.ImportedPlan imported = Documents.read(TAN_HOA);
        PlanDraft plan = imported.request();
        assertEquals("25-KH/ĐU", plan.symbol());
        assertEquals(LocalDate.of(2023, 4, 10), plan.issueDate());
        assertEquals("DU-TANHOA", plan.issuingOrganizationCode());
        // The plan it is based on comes first in the text; the directive is still the one implemented.
        assertEquals("21-NQ/TW", plan.implementsDirective().symbol());
        assertEquals("120-KH/TU", plan.basedOn().getFirst().symbol());
        assertEquals(2, plan.targets().size());
        assertEquals(YearMonth.of(2024, 6), SeedDocumentsTest.task(plan, "3").timeframe().month());
        assertEquals(List.of("Văn phòng Đảng ủy"), SeedDocumentsTest.task(plan, "3").leadUnits().stream().map(u -> u.name()).toList());
        assertEquals(EnumSet.of(ReportingFrequency.QUARTERLY), plan.reportingRequirements().getFirst().frequencies());
        assertEquals("Trần Văn Bình", plan.signer().name());
        assertTrue(imported.warnings().stream().noneMatch(w -> w.text().contains("Tin liên quan") || w.text().contains("Ảnh")));
        assertTrue(plan.tasks().stream().noneMatch(t -> t.text().contains("<p>") || t.text().contains("**")));
    }
}
