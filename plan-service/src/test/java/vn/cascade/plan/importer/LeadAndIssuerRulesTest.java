package vn.cascade.plan.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cascade.common.documents.DocumentType;
import vn.cascade.plan.service.command.PlanDraft;
import vn.cascade.reader.HeaderReader;
import vn.cascade.reader.LeadReader;
import vn.cascade.reader.OrganizationMatcher;
import vn.cascade.reader.ReferenceReader;
import vn.cascade.reader.SourceLine;

/** Plans known only from a news lead, a repost's opening or an abstract: who issued them, what, when, carrying out what. */
class LeadAndIssuerRulesTest {

    private static final OrganizationMatcher REGISTRY = new OrganizationMatcher(List.of(
            new OrganizationMatcher.Known("TU-HAIPHONG", "Thành ủy Hải Phòng", null),
            new OrganizationMatcher.Known("TU-DANANG", "Thành ủy Đà Nẵng", null),
            new OrganizationMatcher.Known("DU-NHPT", "Đảng ủy Ngân hàng Phát triển Việt Nam", "Đảng ủy NHPT"),
            new OrganizationMatcher.Known("DUK-DHCD", "Đảng ủy Khối các trường Đại học, Cao đẳng Hà Nội", null),
            new OrganizationMatcher.Known("UBND-DANLUC", "Ủy ban nhân dân xã Dân Lực", null),
            new OrganizationMatcher.Known("DU-TANHOA", "Đảng ủy xã Tân Hòa", null)), null);

    private static PlanDraft read(String text) {
        return DocumentImporter.read(text, null, REGISTRY, Documents.NAMING).request();
    }

    @Test
    void shouldTakeSymbolDateAndIssuerFromANewsLead() {
        LeadReader.Lead lead = LeadReader.read(List.of(new SourceLine(3,
                "Ngày 5/9/2018, Ban Thường vụ Thành ủy Hải Phòng đã ban hành Chương trình số 31-CTr/TU về phát triển đảng viên.")));
        assertEquals("31-CTr/TU", lead.symbol().toString());
        assertEquals(LocalDate.of(2018, 9, 5), lead.issueDate());
        assertEquals(DocumentType.CTR, lead.type());
        assertEquals("Ban Thường vụ Thành ủy Hải Phòng", lead.issuerNames().getFirst());

        PlanDraft plan = read("(HP) - Thành ủy Hải Phòng vừa ban hành Kế hoạch số 15-KH/TU ngày 03/02/2020 thực hiện "
                + "Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị.");
        assertEquals("15-KH/TU", plan.symbol());
        assertEquals(LocalDate.of(2020, 2, 3), plan.issueDate());
        assertEquals("TU-HAIPHONG", plan.issuingOrganizationCode());
        assertEquals("35-CT/TW", plan.implementsDirective().symbol());
        assertEquals(LocalDate.of(2019, 5, 30), plan.implementsDirective().issueDate());
        assertTrue(plan.basedOn().isEmpty(), "the plan's own symbol is not a document it is based on");
    }

    @Test
    void shouldNeverTakeAPageTimestampOrTheDirectivesDateForTheIssueDate() {
        PlanDraft plan = read("""
                Thứ Hai, 24/6/2024
                Ngày 06/04/2021 23:23:18
                Ngày 5/8/2020, Bộ Chính trị đã ban hành Nghị quyết số 58-NQ/TW về xây dựng và phát triển tỉnh.
                Để Nghị quyết đi vào cuộc sống, Ban Thường vụ Thành ủy Hải Phòng xây dựng và ban hành Kế hoạch học tập.
                """);
        assertNull(plan.issueDate());
        assertNull(plan.symbol());
        assertEquals("58-NQ/TW", plan.implementsDirective().symbol());
        assertEquals(LocalDate.of(2020, 8, 5), plan.implementsDirective().issueDate());
        assertEquals("TU-HAIPHONG", plan.issuingOrganizationCode());
    }

    @Test
    void shouldReadTheNewsPhrasingsOfIssuingAndOfCarryingOut() {
        PlanDraft plan = read("Thành ủy Hải Phòng vừa có Kế hoạch số 79-KH/TU về tổ chức quán triệt, triển khai sâu rộng "
                + "Kết luận số 93-KL/TW, ngày 20/11/2020 của Ban Bí thư về tiếp tục thực hiện Chỉ thị số 42-CT/TW.");
        assertEquals("TU-HAIPHONG", plan.issuingOrganizationCode());
        assertEquals("79-KH/TU", plan.symbol());
        assertEquals("93-KL/TW", plan.implementsDirective().symbol(), "the document the verb governs, past its adverb");
        assertEquals("TU-HAIPHONG", read("Hội nghị diễn ra sáng 5-12.\nBan Thường vụ Thành ủy Hải Phòng dự kiến: tháng 7 quán triệt kế hoạch.")
                .issuingOrganizationCode());
    }

    @Test
    void shouldStripTheOrganPrefixAndMatchTheCommitteeItActsFor() {
        assertEquals("TU-DANANG", REGISTRY.codeFor("Ban Chấp hành Đảng bộ thành phố Đà Nẵng").orElseThrow());
        assertEquals("DU-NHPT", REGISTRY.codeFor("Ban Thường vụ Đảng ủy NHPT").orElseThrow());
        assertEquals("DU-TANHOA", REGISTRY.codeFor("Thường trực Đảng bộ xã Tân Hòa").orElseThrow());
        assertEquals("DU-NHPT", read("Ngày 10/12/2019, Ban Thường vụ Đảng ủy NHPT đã khẩn trương ban hành Kế hoạch số 101-KH/ĐU.")
                .issuingOrganizationCode());
    }

    @Test
    void shouldFindAnIssuerWhoseNameHoldsACommaAndOneNamedOnlyByTheCommitteeThatDirects() {
        assertEquals("DUK-DHCD", read("Thực hiện Chỉ thị số 35-CT/TW ngày 30/5/2019 của Bộ Chính trị; căn cứ tình hình thực tiễn, "
                + "Đảng ủy Khối các trường Đại học, Cao đẳng Hà Nội xây dựng Kế hoạch tổ chức đại hội như sau:").issuingOrganizationCode());
        assertEquals("TU-HAIPHONG", read("Theo Kế hoạch học tập Nghị quyết, hội nghị cấp tỉnh diễn ra 1,5 ngày.\n"
                + "Ban Thường vụ Thành ủy Hải Phòng yêu cầu Bí thư cấp ủy trực tiếp quán triệt Nghị quyết.").issuingOrganizationCode());
    }

    @Test
    void shouldReadAStateLetterheadWhosePlaceIsOnTheNextLine() {
        PlanDraft plan = read("""
                UỶ BAN NHÂN DÂN
                XÃ DÂN LỰC
                CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Dân Lực, ngày 18 tháng 02 năm 2021
                KẾ HOẠCH
                Thông tin, tuyên truyền cuộc bầu cử
                """);
        assertEquals("UBND-DANLUC", plan.issuingOrganizationCode());
        assertEquals(LocalDate.of(2021, 2, 18), plan.issueDate());
        DocumentImporter.ImportedPlan numbered = DocumentImporter.read("ỦY BAN NHÂN DÂN\nXÃ DÂN LỰC\nSố: 594/KH-UBND\nKẾ HOẠCH\n",
                null, REGISTRY, Documents.NAMING);
        assertEquals("594/KH-UBND", numbered.request().symbol(), "a State symbol is the plan's symbol");
        assertTrue(numbered.warnings().stream().noneMatch(w -> w.reason().contains("no number and symbol")));
    }

    @Test
    void shouldReadStateDocumentsInTheOpeningAndTheHeadline() {
        ReferenceReader.References references = ReferenceReader.read(List.of(new SourceLine(1,
                "Thực hiện Luật Hộ tịch năm 2014, Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ và Quyết định "
                        + "số 101/QĐ-TTG ngày 23/01/2017 của Thủ tướng Chính phủ; Công văn số 197/STTTT ngày 02/2/2021; "
                        + "Kế hoạch số 16/KH-HĐTĐKT ngày 31/8/2021, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:")),
                null, null);
        assertEquals("101/QĐ-TTg", references.implemented().symbol());
        assertEquals(LocalDate.of(2017, 1, 23), references.implemented().issueDate());
        assertEquals(List.of("123/2015/NĐ-CP@2015-11-15", "16/KH-HĐTĐKT@2021-08-31"), references.basedOn().stream()
                .map(r -> r.symbol() + "@" + r.issueDate()).toList(), "a letter (Công văn, no type) is not a document");
        HeaderReader.Header headline = HeaderReader.read(List.of(new SourceLine(1,
                "Kế hoạch số 155/KH-UBND ngày 26/5/2017 của UBND tỉnh Bắc Ninh về đăng ký hộ tịch")));
        assertEquals("155/KH-UBND", headline.symbol().toString());
        assertEquals(LocalDate.of(2017, 5, 26), headline.issueDate());
    }

    @Test
    void shouldCompleteADocumentNamedWithoutItsCodeFromItsIssuer() {
        ReferenceReader.References references = ReferenceReader.read(List.of(new SourceLine(1,
                "Thực hiện Nghị quyết 21 của Ban Chấp hành Trung ương Đảng và Kế hoạch số 155, ngày 07/7/2019 của Thành ủy Hà Nội; "
                        + "Chỉ thị số 17 về việc tăng cường công tác dân vận.")), null, null);
        assertEquals("21-NQ/TW", references.implemented().symbol());
        assertEquals("155-KH/TU", references.basedOn().getFirst().symbol());
        assertEquals(LocalDate.of(2019, 7, 7), references.basedOn().getFirst().issueDate());
        assertEquals(1, references.basedOn().size(), "a number with no issuer stays unread");
    }

    @Test
    void shouldReadTheTypeAndTheDirectiveOfAnAbstractOrAHeadline() {
        DocumentImporter.ImportedPlan imported = DocumentImporter.read("""
                Trích yếu
                Chương trình của Ban Chấp hành Đảng bộ tỉnh thực hiện Nghị quyết số 45-NQ/TW, ngày 24-11-2023 của Ban Chấp hành Trung ương Đảng.
                """, "TU-HAIPHONG", REGISTRY, Documents.NAMING);
        assertEquals(DocumentType.CTR, imported.type());
        assertEquals("45-NQ/TW", imported.request().implementsDirective().symbol());
        assertEquals(LocalDate.of(2023, 11, 24), imported.request().implementsDirective().issueDate());
    }
}
