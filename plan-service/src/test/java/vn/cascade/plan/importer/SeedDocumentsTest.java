package vn.cascade.plan.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import vn.cascade.reader.ReportingReader;

/** Each seed document imported, and the facts that matter asserted one by one. */
class SeedDocumentsTest {

    @Test
    void shouldImportTheDistrictPlanWithItsTaskTable() {
        DocumentImporter.ImportedPlan imported = Documents.read(Documents.SEED_03);
        PlanDraft plan = imported.request();
        assertEquals("68-KH/HU", plan.symbol());
        assertEquals(LocalDate.of(2023, 1, 9), plan.issueDate());
        assertEquals("Vĩnh Linh", plan.issuePlace());
        assertEquals("HU-VINHLINH", plan.issuingOrganizationCode());
        assertEquals(new PlanDraft.DocumentReference(vn.cascade.common.documents.ReferenceKind.IMPLEMENTS, "21-NQ/TW",
                LocalDate.of(2022, 6, 16)), plan.implementsDirective());
        assertEquals(List.of("07-KH/TW@2022-08-17", "48-CTr/TU@2022-12-02"),
                plan.basedOn().stream().map(ref -> ref.symbol() + "@" + ref.issueDate()).toList());
        assertTrue(plan.purposes().startsWith("- Tạo sự chuyển biến mạnh mẽ"));
        assertTrue(plan.requirements().startsWith("- Triển khai thực hiện toàn diện"));

        assertEquals(40, plan.tasks().size());
        assertTrue(plan.tasks().stream().noneMatch(task -> task.text().contains("Đơn vị chủ trì") || task.text().startsWith("Tt")));
        PlanDraft.Task first = task(plan, "1.1.1");
        assertEquals(List.of("Ban Tổ chức Huyện ủy", "Cấp ủy cơ sở"), first.leadUnits().stream().map(u -> u.name()).toList());
        assertEquals("BTC-HU-VINHLINH", first.leadUnits().getFirst().organizationCode());
        assertEquals(List.of("Các tổ chức, đơn vị liên quan"), first.cooperatingUnits().stream().map(u -> u.name()).toList());
        assertEquals(TimeframeKind.ONGOING, first.timeframe().kind());
        // A row split across a page break comes back whole, its spilled cells included.
        PlanDraft.Task split = task(plan, "1.1.3");
        assertTrue(split.text().contains("phù hợp với quy định về tổ chức đảng ở trong Công an nhân dân."));
        assertTrue(split.text().contains("+ Đánh giá hiệu quả hoạt động"));
        assertEquals(TimeframeKind.AWAITING_GUIDANCE, split.timeframe().kind());
        assertTrue(split.cooperatingUnits().stream().anyMatch(u -> u.name().equals("Công an huyện")));
        assertEquals(TimeframeKind.STARTING_FROM, task(plan, "1.1.2").timeframe().kind());
        assertEquals(2023, task(plan, "1.1.2").timeframe().year());
        assertEquals(TimeframeKind.ANNUALLY, task(plan, "2.2.2").timeframe().kind());
        assertEquals(TimeframeKind.PERIODIC, task(plan, "3.1").timeframe().kind());
        assertEquals(6, plan.tasks().stream().filter(t -> t.number().startsWith("1.3.")).count());

        Target members = plan.targets().stream().filter(t -> t.value().compareTo(BigDecimal.valueOf(130)) == 0).findFirst().orElseThrow();
        assertEquals(Target.Comparator.AT_LEAST, members.comparator());
        assertEquals(Target.Unit.COUNT, members.unit());
        assertEquals(Target.TargetPeriod.Kind.ANNUALLY, members.period().kind());
        assertEquals("NEW_MEMBERS_ADMITTED", members.indicatorCode());

        assertEquals(8, plan.recipients().size());
        assertEquals(new Recipient("BTV Tỉnh ủy", null, Recipient.Purpose.FOR_REPORTING), plan.recipients().getFirst());
        assertEquals(new Recipient("Văn phòng Huyện ủy", "VP-HU-VINHLINH", Recipient.Purpose.FOR_FILING), plan.recipients().getLast());
        assertEquals("T/M BAN THƯỜNG VỤ", plan.signer().onBehalfOf());
        assertEquals("Trần Nhật Quang", plan.signer().name());
        // "định kỳ báo cáo Ban Thường vụ Huyện ủy" names no period: a warning, not a made-up requirement.
        assertTrue(plan.reportingRequirements().isEmpty());
        assertTrue(imported.warnings().stream().anyMatch(w -> w.line() == 155 && w.reason().contains("no period")));
    }

    @Test
    void shouldImportTheCityPlanWithItsReportingClause() {
        DocumentImporter.ImportedPlan imported = DocumentImporter.read(Documents.load(Documents.SEED_04), "TU-CANTHO",
                Documents.REGISTRY, Documents.NAMING);
        PlanDraft plan = imported.request();
        assertNull(plan.symbol());
        assertNull(plan.issueDate());
        assertEquals("08-KL/BTCTW", plan.implementsDirective().symbol());
        assertEquals(LocalDate.of(2023, 1, 4), plan.implementsDirective().issueDate());
        assertTrue(plan.title().startsWith("Thực hiện Kết luận số 08-KL/BTCTW ngày 04/01/2023"));
        PlanDraft.Reporting reporting = plan.reportingRequirements().getFirst();
        assertEquals(EnumSet.of(ReportingFrequency.QUARTERLY, ReportingFrequency.HALF_YEARLY, ReportingFrequency.NINE_MONTHS,
                ReportingFrequency.ANNUAL), reporting.frequencies());
        assertEquals(List.of(2023), reporting.years());
        assertEquals("TU-CANTHO", reporting.recipientCode());
        assertEquals("BTC-TU-CANTHO", reporting.viaCode());
        ReportingReader.Clause clause = imported.reportingClauses().getFirst();
        assertEquals("Ban Thường vụ Thành ủy", clause.recipientName());
        assertEquals("Ban Tổ chức Thành ủy", clause.viaName());
        assertEquals(20, plan.tasks().size());
        assertEquals(List.of("2.1", "2.2.1", "2.2.2", "2.2.3", "2.3"),
                plan.tasks().stream().map(PlanDraft.Task::number).filter(n -> n.startsWith("2.")).toList());
        assertEquals(7, plan.recipients().size());
        assertEquals(Recipient.Purpose.FOR_FILING, plan.recipients().getLast().purpose());
        assertEquals("PHÓ BÍ THƯ", plan.signer().position());
        assertEquals("Phạm Văn Hiếu", plan.signer().name());
        assertTrue(imported.warnings().stream().anyMatch(w -> w.reason().contains("no number and symbol")));
    }

    @Test
    void shouldImportThePolitburoPlanFromAWebPage() {
        DocumentImporter.ImportedPlan imported = Documents.read(Documents.SEED_01);
        PlanDraft plan = imported.request();
        assertEquals("07-KH/TW", plan.symbol());
        assertEquals(LocalDate.of(2022, 8, 17), plan.issueDate());
        assertEquals("TW-BCT", plan.issuingOrganizationCode());
        assertEquals("21-NQ/TW", plan.implementsDirective().symbol());
        assertEquals(LocalDate.of(2022, 6, 16), plan.implementsDirective().issueDate());
        PlanDraft.Task propaganda = task(plan, "II.2");
        assertEquals(TimeframeKind.DUE_BY_MONTH, propaganda.timeframe().kind());
        assertEquals(YearMonth.of(2022, 8), propaganda.timeframe().month());
        assertEquals("(hoàn thành trong tháng 8/2022)", "(" + propaganda.timeframe().text() + ")");
        assertEquals(List.of("Ban Tuyên giáo Trung ương"), propaganda.leadUnits().stream().map(u -> u.name()).toList());
        assertEquals(YearMonth.of(2022, 9), task(plan, "II.3").timeframe().month());
        assertEquals(2023, task(plan, "IV.1.3").timeframe().year());
        assertEquals(List.of("Ban Tổ chức Trung ương"), task(plan, "IV.1.1").leadUnits().stream().map(u -> u.name()).toList());
        assertEquals(List.of("Uỷ ban Kiểm tra Trung ương"), task(plan, "IV.3").leadUnits().stream().map(u -> u.name()).toList());
        assertEquals(TimeframeKind.STARTING_FROM, task(plan, "IV.7.2").timeframe().kind());
        assertEquals(3, plan.tasks().stream().filter(t -> t.number().startsWith("II.")).count());
        assertEquals(5, plan.tasks().stream().filter(t -> t.number().startsWith("III.")).count());
        assertTrue(plan.tasks().stream().noneMatch(t -> t.text().contains("Gửi cho bạn bè") || t.text().contains("Chủ Nhật")));
        assertEquals("T/M BỘ CHÍNH TRỊ", plan.signer().onBehalfOf());
        assertEquals("Võ Văn Thưởng", plan.signer().name());
    }

    @Test
    void shouldReadTheTargetsOfTheNewsSummary() {
        DocumentImporter.ImportedPlan imported = DocumentImporter.read(Documents.load(Documents.SEED_02), "TU-QUANGTRI",
                Documents.REGISTRY, Documents.NAMING);
        List<Target> targets = imported.request().targets();
        assertEquals(3, targets.size());
        Target cells = targets.stream().filter(t -> java.util.Objects.equals(t.indicatorCode(), "VILLAGE_CELL_COMMITTEE_RATE")).findFirst().orElseThrow();
        assertEquals(0, BigDecimal.valueOf(100).compareTo(cells.value()));
        assertEquals(new Target.TargetPeriod(Target.TargetPeriod.Kind.BY_YEAR, null, 2030), cells.period());
        assertEquals(new BigDecimal("98.3"), cells.baselineValue());
        Target rated = targets.stream().filter(t -> java.util.Objects.equals(t.indicatorCode(), "ORGS_GOOD_RATE")).findFirst().orElseThrow();
        assertEquals(Target.Comparator.MORE_THAN, rated.comparator());
        assertEquals(0, BigDecimal.valueOf(90).compareTo(rated.value()));
        assertEquals(new Target.TargetPeriod(Target.TargetPeriod.Kind.ANNUALLY, 2020, 2030), rated.period());
        Target admitted = targets.stream().filter(t -> java.util.Objects.equals(t.indicatorCode(), "NEW_MEMBER_RATE")).findFirst().orElseThrow();
        assertEquals(Target.Comparator.AT_LEAST, admitted.comparator());
        assertEquals(0, BigDecimal.valueOf(3).compareTo(admitted.value()));
        assertEquals(Target.Unit.PERCENT, admitted.unit());
        assertEquals(new Target.TargetPeriod(Target.TargetPeriod.Kind.ANNUALLY, 2020, 2030), admitted.period());
        // Deadlines of the summarised tasks, photo captions gone.
        List<PlanDraft.Task> tasks = imported.request().tasks();
        assertEquals(YearMonth.of(2022, 11), tasks.getFirst().timeframe().month());
        assertEquals(TimeframeKind.STARTING_FROM, tasks.get(1).timeframe().kind());
        assertTrue(imported.warnings().stream().noneMatch(w -> w.text().contains("Ảnh:")));
    }

    static PlanDraft.Task task(PlanDraft plan, String number) {
        return plan.tasks().stream().filter(t -> number.equals(t.number())).findFirst()
                .orElseThrow(() -> new AssertionError("no task " + number + " in " + plan.tasks().stream().map(PlanDraft.Task::number).toList()));
    }
}
