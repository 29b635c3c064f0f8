package vn.cascade.plan.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cascade.common.documents.Target.TargetPeriod;
import vn.cascade.common.documents.Target;
import vn.cascade.plan.service.command.PlanDraft;
import vn.cascade.reader.OrganizationMatcher;
import vn.cascade.reader.Outline;
import vn.cascade.reader.SourceLine;
import vn.cascade.reader.SubordinatePlanReader;
import vn.cascade.reader.TargetReader;

/** Section roles by their headings, horizons lent by headings, subordinates' duty to plan, header-only drafts. */
class SectionTargetAndDutyRulesTest {

    private static final OrganizationMatcher REGISTRY = new OrganizationMatcher(List.of(
            new OrganizationMatcher.Known("HU-X", "Huyện ủy Xuân Mỹ", null),
            new OrganizationMatcher.Known("BTC-HU-X", "Ban Tổ chức Huyện ủy Xuân Mỹ", null)), null);

    private static final String PLAN = """
            HUYỆN ỦY XUÂN MỸ
            Số 10-KH/HU
            Xuân Mỹ, ngày 01 tháng 3 năm 2023
            KẾ HOẠCH
            thực hiện Nghị quyết số 21-NQ/TW
            I. MỤC ĐÍCH, YÊU CẦU
            1. Mục đích
            Nâng cao chất lượng tổ chức cơ sở đảng.
            II. CHỈ TIÊU
            1. Đến năm 2025:
            - 100% chi bộ thôn có chi ủy.
            - Kết nạp 4% đảng viên mới hằng năm.
            2. Đến năm 2030:
            - Trên 95% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ.
            III. NHIỆM VỤ, GIẢI PHÁP
            1. Ban Tổ chức Huyện ủy chủ trì rà soát các chi bộ (hoàn thành trong tháng 6/2023).
            IV. TỔ CHỨC THỰC HIỆN
            1. Các cấp ủy trực thuộc căn cứ Kế hoạch này xây dựng kế hoạch thực hiện, gửi về Ban Thường vụ Huyện ủy trước ngày 31/3/2023.
            """;

    @Test
    void shouldClassSectionsByTheWholeVocabularyOfTheirHeadings() {
        assertEquals(Outline.Role.TARGETS, Outline.roleOf("CHỈ TIÊU"));
        assertEquals(Outline.Role.TARGETS, Outline.roleOf("MỤC TIÊU, CHỈ TIÊU"));
        assertEquals(Outline.Role.TARGETS, Outline.roleOf("CÁC CHỈ TIÊU CHỦ YẾU"));
        assertEquals(Outline.Role.TASKS, Outline.roleOf("MỤC TIÊU VÀ NHIỆM VỤ"));
        assertEquals(Outline.Role.TASKS, Outline.roleOf("NỘI DUNG THỰC HIỆN"));
        assertEquals(Outline.Role.OTHER, Outline.roleOf("ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2022"));
        assertEquals(Outline.Role.IMPLEMENTATION, Outline.roleOf("PHÂN CÔNG THỰC HIỆN"));
        assertEquals(Outline.Role.PURPOSES, Outline.roleOf("MỤC ĐÍCH, YÊU CẦU"));
    }

    @Test
    void shouldReadATargetsSectionAsTargetsWithTheHorizonsOfItsHeadings() {
        PlanDraft plan = DocumentImporter.read(PLAN, null, REGISTRY, Documents.NAMING).request();
        assertEquals(1, plan.tasks().size(), "the targets section gives no tasks");
        Target cells = target(plan, "VILLAGE_CELL_COMMITTEE_RATE");
        assertEquals(new TargetPeriod(TargetPeriod.Kind.BY_YEAR, null, 2025), cells.period());
        assertEquals(0, new BigDecimal("100").compareTo(cells.value()));
        Target admitted = target(plan, "NEW_MEMBER_RATE");
        assertEquals(new TargetPeriod(TargetPeriod.Kind.ANNUALLY, 2023, 2025), admitted.period(),
                "a yearly figure under 'Đến năm 2025' runs from the plan's year to the heading's");
        Target rated = target(plan, "ORGS_GOOD_RATE");
        assertEquals(Target.Comparator.MORE_THAN, rated.comparator());
        assertEquals(new TargetPeriod(TargetPeriod.Kind.BY_YEAR, null, 2030), rated.period());
    }

    @Test
    void shouldLendASpanHeadingsYearsToAYearlyFigureAndKeepAFiguresOwnPeriod() {
        TargetReader.Result result = TargetReader.read(List.of(new SourceLine(1, "a) Giai đoạn 2025 - 2030:"),
                new SourceLine(2, "- Hằng năm kết nạp từ 3% đảng viên mới trở lên."),
                new SourceLine(3, "- Đến năm 2027 có 100% chi bộ có chi ủy."),
                new SourceLine(4, "b) Nhiệm vụ khác"), new SourceLine(5, "- Phấn đấu 90% đảng viên hoàn thành tốt nhiệm vụ.")), 2024);
        assertEquals(new TargetPeriod(TargetPeriod.Kind.ANNUALLY, 2025, 2030), result.targets().get(0).period());
        assertEquals(new TargetPeriod(TargetPeriod.Kind.BY_YEAR, null, 2027), result.targets().get(1).period());
        assertEquals(2, result.targets().size(), "a new heading of the same rank ends the horizon");
        assertEquals(5, result.unplaced().getFirst().line().number());
    }

    @Test
    void shouldKeepATargetOfNoKnownIndicatorWithItsWords() {
        TargetReader.Result inSection = TargetReader.read(List.of(new SourceLine(4,
                "- Mỗi năm xây dựng ít nhất 10 mô hình \"Dân vận khéo\" ở cơ sở.")), 2024, line -> line == 4);
        Target model = inSection.targets().getFirst();
        assertNull(model.indicatorCode(), "no keyword of the catalogue names it: words only");
        assertEquals(Target.Comparator.AT_LEAST, model.comparator());
        assertEquals(0, BigDecimal.TEN.compareTo(model.value()));
        assertTrue(model.label().contains("mô hình \"Dân vận khéo\""), model.label());
        assertTrue(TargetReader.read(List.of(new SourceLine(4, "- Mỗi năm tổ chức ít nhất 2 hội nghị chuyên đề.")), 2024).targets().isEmpty(),
                "outside a targets section a count of events is work, not a target");
    }

    @Test
    void shouldReadTheSubordinatesDutyToIssueTheirOwnPlansAndItsDeadline() {
        PlanDraft plan = DocumentImporter.read(PLAN, null, REGISTRY, Documents.NAMING).request();
        assertEquals(List.of(), plan.subordinatePlans().addressees(), "every direct subordinate");
        assertEquals(LocalDate.of(2023, 3, 31), plan.subordinatePlans().deadline());

        SubordinatePlanReader.Duty month = SubordinatePlanReader.read(List.of(new SourceLine(9,
                "Yêu cầu các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy ban hành chương trình hành động (hoàn thành trong tháng 12/2022)."))).orElseThrow();
        assertTrue(month.allSubordinates());
        assertEquals(LocalDate.of(2022, 12, 31), month.deadline());
        assertTrue(SubordinatePlanReader.read(List.of(new SourceLine(2,
                "Các chi, Đảng bộ sẽ tiến hành xây dựng kế hoạch triển khai trong nội bộ."))).orElseThrow().allSubordinates(),
                "'các chi, đảng bộ' is how documents shorten 'các chi bộ, đảng bộ'");
        assertTrue(SubordinatePlanReader.read(List.of(new SourceLine(3,
                "Đề nghị cấp ủy các chi bộ tổ chức quán triệt Kết luận, chậm nhất ngày 14/5/2021."))).isEmpty(),
                "studying a document by a date is no duty to plan");
        assertTrue(SubordinatePlanReader.read(List.of(new SourceLine(1,
                "Ban Tổ chức Huyện ủy xây dựng kế hoạch kiểm tra (hoàn thành trong tháng 6/2023)."))).isEmpty(),
                "a body planning its own work is no subordinates' duty");
    }

    @Test
    void shouldDraftAHeaderOnlyDocumentWithAWarningInsteadOfRefusingIt() {
        DocumentImporter.ImportedPlan imported = DocumentImporter.read("""
                HUYỆN ỦY XUÂN MỸ
                Số 12-KH/HU
                Xuân Mỹ, ngày 10 tháng 4 năm 2023
                KẾ HOẠCH
                thực hiện Kế hoạch số 120-KH/TU ngày 05/9/2022 của Ban Thường vụ Tỉnh ủy
                """, null, REGISTRY, Documents.NAMING);
        assertEquals("HU-X", imported.request().issuingOrganizationCode());
        assertNull(imported.request().implementsDirective());
        assertEquals("120-KH/TU", imported.request().basedOn().getFirst().symbol(), "a plan carrying out a plan");
        assertTrue(imported.warnings().stream().anyMatch(w -> w.reason().contains("header only")));
    }

    @Test
    void shouldTakeTheItemsAnnouncedInATextWithoutSectionsAsTasks() {
        PlanDraft plan = DocumentImporter.read("""
                Ngày đăng 22/10/2015 | 02:17
                Để chào mừng Đại hội, Huyện ủy Xuân Mỹ xây dựng kế hoạch đề nghị các chi bộ thực hiện một số nội dung sau:
                - Tổng vệ sinh xóm ngõ; vận động các hộ treo cờ.
                - Treo băng zôn tại cổng chào.
                Các chi bộ báo cáo kết quả về Văn phòng.
                - Một gạch đầu dòng không thuộc danh sách trên.
                """, null, REGISTRY, Documents.NAMING).request();
        assertEquals(List.of("Tổng vệ sinh xóm ngõ; vận động các hộ treo cờ.", "Treo băng zôn tại cổng chào."),
                plan.tasks().stream().map(PlanDraft.Task::text).toList());
        assertEquals("HU-X", plan.issuingOrganizationCode());
        assertNull(plan.issueDate());
    }

    private static Target target(PlanDraft plan, String code) {
        return plan.targets().stream().filter(t -> java.util.Objects.equals(t.indicatorCode(), code)).findFirst().orElseThrow(() -> new AssertionError(code
                + " not in " + plan.targets().stream().map(Target::indicatorCode).toList()));
    }
}
