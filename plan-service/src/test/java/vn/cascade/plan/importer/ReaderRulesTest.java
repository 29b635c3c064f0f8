package vn.cascade.plan.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cascade.common.documents.Target;
import vn.cascade.common.events.ReportingFrequency;
import vn.cascade.plan.domain.Recipient;
import vn.cascade.reader.HeaderReader;
import vn.cascade.reader.OrganizationMatcher;
import vn.cascade.reader.ReferenceReader;
import vn.cascade.reader.ReportingReader;
import vn.cascade.reader.SourceLine;
import vn.cascade.reader.TargetReader;
import vn.cascade.reader.UnitReader;

/** One rule at a time, on sentences written the way offices write them. */
class ReaderRulesTest {

    private static List<Target> targets(String sentence) {
        return TargetReader.read(List.of(new SourceLine(1, sentence)), 2023).targets();
    }

    @Test
    void shouldReadATargetWithItsBaselineAndDecimalComma() {
        Target target = targets("phấn đấu đến năm 2030 có 100% chi bộ thôn, tổ dân phố có chi ủy (hiện nay có 98,3% chi bộ thôn có chi ủy).").getFirst();
        assertEquals(Target.Comparator.AT_LEAST, target.comparator());
        assertEquals(0, new BigDecimal("100").compareTo(target.value()));
        assertEquals(new Target.TargetPeriod(Target.TargetPeriod.Kind.BY_YEAR, null, 2030), target.period());
        assertEquals(new BigDecimal("98.3"), target.baselineValue());
        assertEquals("VILLAGE_CELL_COMMITTEE_RATE", target.indicatorCode());
    }

    @Test
    void shouldReadComparatorsFromTheirWords() {
        assertEquals(Target.Comparator.MORE_THAN, targets("Hằng năm có trên 90% tổ chức đạt.").getFirst().comparator());
        assertEquals(Target.Comparator.MORE_THAN, targets("Hằng năm có hơn 90% tổ chức đạt.").getFirst().comparator());
        assertEquals(Target.Comparator.AT_LEAST, targets("hằng năm kết nạp đảng viên mới đạt từ 3% trở lên").getFirst().comparator());
        assertEquals(Target.Comparator.AT_MOST, targets("tỷ lệ đảng viên bị kỷ luật hằng năm không quá 1%").getFirst().comparator());
        Target range = targets("Hàng năm kết nạp từ 4% đến 5% đảng viên mới.").getFirst();
        assertEquals(Target.Comparator.BETWEEN, range.comparator());
        assertEquals(0, new BigDecimal("5").compareTo(range.upperValue()));
    }

    @Test
    void shouldReadCountTargetsAndAnnualSpans() {
        Target count = targets("phấn đấu hàng năm toàn huyện kết nạp từ 130 đảng viên trở lên.").getFirst();
        assertEquals(Target.Unit.COUNT, count.unit());
        assertEquals(0, new BigDecimal("130").compareTo(count.value()));
        assertEquals("NEW_MEMBERS_ADMITTED", count.indicatorCode());
        Target span = targets("Hằng năm trong giai đoạn 2020 - 2030 kết nạp đảng viên mới đạt từ 3% trở lên so với tổng số đảng viên.").getFirst();
        assertEquals(new Target.TargetPeriod(Target.TargetPeriod.Kind.ANNUALLY, 2020, 2030), span.period());
        assertEquals("NEW_MEMBER_RATE", span.indicatorCode());
    }

    @Test
    void shouldReadAQuarterlyTargetAsMeasuredEveryQuarter() {
        Target quarterly = targets("Mỗi quý kết nạp từ 5 đảng viên trở lên trong giai đoạn 2023 - 2025.").getFirst();
        assertEquals(new Target.TargetPeriod(Target.TargetPeriod.Kind.QUARTERLY, 2023, 2025), quarterly.period());
        assertEquals("NEW_MEMBERS_ADMITTED", quarterly.indicatorCode());
        assertEquals(new Target.TargetPeriod(Target.TargetPeriod.Kind.QUARTERLY, 2023, 2023),
                targets("Hằng quý kết nạp ít nhất 2 đảng viên.").getFirst().period(), "the plan's own year without a span");
    }

    @Test
    void shouldNotTakeDatesAnniversariesOrFiguresWithoutAPeriodForTargets() {
        assertTrue(targets("kỷ niệm 93 năm Ngày truyền thống (14/10/1930 - 14/10/2023).").isEmpty());
        TargetReader.Result result = TargetReader.read(List.of(new SourceLine(7, "phấn đấu 100% chi bộ có chi ủy.")), null);
        assertTrue(result.targets().isEmpty());
        assertEquals(7, result.unplaced().getFirst().line().number());
    }

    @Test
    void shouldReadLeadAndCooperatingUnitsFromProse() {
        UnitReader.Assignment assignment = UnitReader.fromSentence(
                "Ban Tuyên giáo Trung ương chủ trì, phối hợp với các cơ quan liên quan hướng dẫn các cấp uỷ tổ chức học tập.");
        assertEquals(List.of("Ban Tuyên giáo Trung ương"), assignment.lead());
        assertEquals(List.of("Các cơ quan liên quan"), assignment.cooperating());
        assertEquals(List.of("Ban Tổ chức Huyện ủy", "MTTQ và các đoàn thể chính trị - xã hội huyện", "Cấp ủy cơ sở"),
                UnitReader.split("Ban Tổ chức Huyện ủy, MTTQ và các đoàn thể chính trị - xã hội huyện; Cấp ủy cơ sở"));
        assertEquals(List.of("Các tổ chức, đơn vị liên quan"), UnitReader.split("Các tổ chức, đơn vị liên quan"));
    }

    @Test
    void shouldReadTheReportingClause() {
        ReportingReader.Clause clause = ReportingReader.read(List.of(new SourceLine(93,
                "Định kỳ hằng quý, 6 tháng, 9 tháng, năm 2023 báo cáo kết quả thực hiện về Ban Thường vụ Thành ủy (qua Ban Tổ chức Thành ủy).")),
                null).clauses().getFirst();
        assertEquals(EnumSet.of(ReportingFrequency.QUARTERLY, ReportingFrequency.HALF_YEARLY, ReportingFrequency.NINE_MONTHS,
                ReportingFrequency.ANNUAL), clause.frequencies());
        assertEquals(List.of(2023), clause.years());
        assertEquals("Ban Thường vụ Thành ủy", clause.recipientName());
        assertEquals("Ban Tổ chức Thành ủy", clause.viaName());
    }

    @Test
    void shouldReadRecipientPurposesAndTheSigner() {
        ClosingReader.Closing closing = ClosingReader.read(List.of(new SourceLine(1, "Nơi nhận:"),
                new SourceLine(2, "- BTV Tỉnh ủy (Báo cáo)."), new SourceLine(3, "- Ban Tổ chức Trung ương (để b/c),"),
                new SourceLine(4, "- Các quận ủy, huyện ủy,"), new SourceLine(5, "ban cán sự đảng,"),
                new SourceLine(6, "- Lưu Văn phòng Huyện ủy."), new SourceLine(7, "T/M BAN THƯỜNG VỤ"),
                new SourceLine(8, "PHÓ BÍ THƯ"), new SourceLine(9, "Phạm Văn Hiếu")));
        assertEquals(List.of(Recipient.Purpose.FOR_REPORTING, Recipient.Purpose.FOR_REPORTING,
                Recipient.Purpose.FOR_IMPLEMENTATION, Recipient.Purpose.FOR_FILING),
                closing.recipients().stream().map(ClosingReader.NamedRecipient::purpose).toList());
        assertEquals("Các quận ủy, huyện ủy, ban cán sự đảng", closing.recipients().get(2).name());
        assertEquals("Văn phòng Huyện ủy", closing.recipients().get(3).name());
        assertEquals("T/M BAN THƯỜNG VỤ", closing.signer().onBehalfOf());
        assertEquals("PHÓ BÍ THƯ", closing.signer().position());
        assertEquals("Phạm Văn Hiếu", closing.signer().name());
    }

    @Test
    void shouldReadTheHeader() {
        HeaderReader.Header header = HeaderReader.read(List.of(new SourceLine(1, "HUYỆN ỦY VĨNH LINH"),
                new SourceLine(2, "Số 68 - KH/HU"), new SourceLine(3, "Vĩnh Linh, ngày 9 tháng 01 năm 2023"),
                new SourceLine(4, "KẾ HOẠCH"), new SourceLine(5, "thực hiện Nghị quyết số 21-NQ/TW")));
        assertEquals("68-KH/HU", header.symbol().toString());
        assertEquals(LocalDate.of(2023, 1, 9), header.issueDate());
        assertEquals("Vĩnh Linh", header.issuePlace());
        assertEquals(List.of("HUYỆN ỦY VĨNH LINH"), header.issuerLines());
        assertEquals("Thực hiện Nghị quyết số 21-NQ/TW", header.title());
        assertNull(HeaderReader.read(List.of(new SourceLine(1, "Số liệu năm 2023"))).symbol());
    }

    @Test
    void shouldTakeTheFirstDirectiveAsImplementedAndTheRestAsBasedOn() {
        ReferenceReader.References references = ReferenceReader.read(List.of(new SourceLine(1,
                "Thực hiện Kế hoạch số 120-KH/TU ngày 05/9/2022 của Ban Thường vụ Tỉnh ủy, Nghị quyết số 21-NQ/TW, ngày 16/6/2022 của Ban Chấp hành Trung ương")),
                null, null);
        assertEquals("21-NQ/TW", references.implemented().symbol());
        assertEquals(LocalDate.of(2022, 6, 16), references.implemented().issueDate());
        assertEquals("120-KH/TU", references.basedOn().getFirst().symbol());
        assertEquals(LocalDate.of(2022, 9, 5), references.basedOn().getFirst().issueDate());
    }

    @Test
    void shouldMatchOrganisationNamesIgnoringDiacriticsAbbreviationsAndTheIssuersPlace() {
        OrganizationMatcher registry = new OrganizationMatcher(List.of(
                new OrganizationMatcher.Known("TU-CANTHO", "Thành ủy Cần Thơ", null),
                new OrganizationMatcher.Known("BTC-TU-CANTHO", "Ban Tổ chức Thành ủy Cần Thơ", null)), "Thành ủy Cần Thơ");
        assertEquals("TU-CANTHO", registry.codeFor("THANH UY CAN THO").orElseThrow());
        assertEquals("TU-CANTHO", registry.codeFor("Ban Thường vụ Thành ủy").orElseThrow());
        assertEquals("BTC-TU-CANTHO", registry.codeFor("BTC Thành uỷ").orElseThrow());
        assertTrue(registry.codeFor("Ban Tuyên giáo Thành ủy").isEmpty());
    }
}
