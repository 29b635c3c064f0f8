package vn.cascade.common.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentSymbolTest {

    // Opening sentence of seed 03 (Kế hoạch số 68-KH/HU, Huyện ủy Vĩnh Linh).
    private static final String SEED_03_OPENING = "Thực hiện Nghị quyết số 21-NQ/TW ngày 16/6/2022 của Ban "
            + "Chấp hành Trung ương Đảng khóa XIII (sau đây viết tắt là Nghị quyết số 21-NQ/TW), Kế hoạch số "
            + "07-KH/TW ngày 17/8/2022 của Bộ Chính trị (sau đây viết tắt là Kế hoạch số 07-KH/TW), Chương "
            + "trình hành động số 48-CTr/TU ngày 02/12/2022 của Ban Chấp hành Đảng bộ tỉnh (sau đây viết tắt "
            + "là Chương trình hành động số 48-CTr/TU), Ban Thường vụ Huyện ủy Vĩnh Linh ban hành Kế hoạch "
            + "thực hiện Nghị quyết số 21-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng khóa XIII "
            + "“về tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên "
            + "trong giai đoạn mới” như sau:";

    @ParameterizedTest
    @ValueSource(strings = {"21-NQ/TW", "07-KH/TW", "48-CTr/TU", "68-KH/HU", "08-KL/BTCTW", "35-HD/BTCTW",
            "58-QĐ/TW", "05-CT/TW", "01-KL/TW", "21-KL/TW", "399-QĐ/TU", "12-KH/ĐU"})
    void shouldRoundTripSymbolsFromTheSeeds(String symbol) {
        assertEquals(symbol, DocumentSymbol.parse(symbol).toString());
    }

    @Test
    void shouldSplitIntoNumberTypeAndIssuer() {
        assertEquals(new DocumentSymbol(48, DocumentType.CTR, "TU"), DocumentSymbol.parse("48-CTr/TU"));
        assertEquals(new DocumentSymbol(8, DocumentType.KL, "BTCTW"), DocumentSymbol.parse("08-KL/BTCTW"));
        assertEquals(new DocumentSymbol(58, DocumentType.QD, "TW"), DocumentSymbol.parse("58-QĐ/TW"));
    }

    @Test
    void shouldDropLeadingZerosFromTheNumberButRenderThemBelowTen() {
        DocumentSymbol plan = DocumentSymbol.parse("07-KH/TW");
        assertEquals(7, plan.number());
        assertEquals("07-KH/TW", plan.toString());
        assertEquals("07-KH/TW", DocumentSymbol.parse("7-KH/TW").toString());
        assertEquals("21-NQ/TW", DocumentSymbol.parse("021-NQ/TW").toString());
        assertEquals("07-KH/TW", new DocumentSymbol(7, DocumentType.KH, "TW").toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "48-Ctr/TU | 48-CTr/TU",
            "48-CTR/tu | 48-CTr/TU",
            "số 21 - NQ/TW | 21-NQ/TW",
            "Số 68 - KH/HU | 68-KH/HU",
            "Số: 68-KH/HU | 68-KH/HU",
            "'  21 - NQ / TW  ' | 21-NQ/TW",
            "21–NQ/TW | 21-NQ/TW",
            "21—NQ/TW | 21-NQ/TW",
            "21‐NQ/TW | 21-NQ/TW",
            "58-qđ/tw | 58-QĐ/TW",
            "58-QD/TW | 58-QĐ/TW",
            "12-kh/đu | 12-KH/ĐU",
            "3-NQ/TƯ | 03-NQ/TƯ",
            "5-CT/ĐUK | 05-CT/ĐUK",
            "2-HD/BTC-TW | 02-HD/BTC-TW"})
    void shouldReadTolerantly(String input, String canonical) {
        assertEquals(canonical, DocumentSymbol.parse(input).toString());
    }

    @Test
    void shouldReadDecomposedInput() {
        String nfd = Normalizer.normalize("số 58-QĐ/TƯ", Normalizer.Form.NFD);
        DocumentSymbol symbol = DocumentSymbol.parse(nfd);
        assertEquals(DocumentSymbol.parse("58-QĐ/TƯ"), symbol);
        assertEquals(Normalizer.normalize("TƯ", Normalizer.Form.NFC), symbol.issuerCode());
    }

    @Test
    void shouldKeepTheStrokeInTheIssuerButFoldItInTheSearchKey() {
        DocumentSymbol withStroke = DocumentSymbol.parse("12-KH/ĐU");
        DocumentSymbol without = DocumentSymbol.parse("12-KH/DU");
        assertEquals("ĐU", withStroke.issuerCode());
        assertEquals("DU", without.issuerCode());
        assertNotEquals(withStroke, without);
        assertEquals("12-kh/du", withStroke.searchKey());
        assertEquals(withStroke.searchKey(), without.searchKey());
    }

    @Test
    void shouldFoldCaseAndTypeInTheSearchKey() {
        assertEquals("21-nq/tw", DocumentSymbol.parse("21-NQ/TW").searchKey());
        assertEquals("58-qd/tw", DocumentSymbol.parse("58-QĐ/TW").searchKey());
        assertEquals("48-ctr/tu", DocumentSymbol.parse("48-Ctr/TU").searchKey());
    }

    @Test
    void shouldCanonicaliseTheIssuerWhenConstructedDirectly() {
        assertEquals(DocumentSymbol.parse("12-KH/ĐU"), new DocumentSymbol(12, DocumentType.KH, " đu "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "NQ/TW | the number is missing",
            "-NQ/TW | the number is missing",
            "21NQ/TW | the dash between number and type is missing",
            "21-/TW | the type code is missing",
            "21-XY/TW | the type code 'XY' is unknown",
            "21-NQ-TW | the slash between type and issuer is missing",
            "21-NQ/ | the issuer code is missing",
            "21-NQ/TW ngày 16/6/2022 | unexpected text 'ngày 16/6/2022' after the issuer",
            "21-NQ/TW/2022 | unexpected text '/2022' after the issuer",
            "0-NQ/TW | the number is out of range 1 to 99999",
            "100000-NQ/TW | the number is out of range 1 to 99999",
            "16/6/2022 | the type code is missing",
            "594/KH | the dash between type and issuer of a State symbol is missing",
            "594/KH- | the issuer code is missing",
            "594/XY-UBND | the type code 'XY' is unknown",
            "594/KH-UBND ngày 21/10/2021 | unexpected text 'ngày 21/10/2021' after the issuer",
            "123/1900/NĐ-CP | the year 1900 is out of range 1945 to 2100",
            "123/15/NĐ-CP | the type code is missing",
            "0/KH-UBND | the number is out of range 1 to 99999",
            "/KH-UBND | the number is missing",
            "594/KH-UB ND | unexpected text 'ND' after the issuer",
            "594/KH-UBND/ | unexpected text '/' after the issuer"})
    void shouldRejectWithAMessageNamingTheProblem(String input, String problem) {
        InvalidDocumentSymbolException e =
                assertThrows(InvalidDocumentSymbolException.class, () -> DocumentSymbol.parse(input));
        assertTrue(e.getMessage().contains(problem), e.getMessage());
        assertTrue(e.getMessage().contains("'" + input + "'"), e.getMessage());
        assertTrue(e.getMessage().endsWith(
                "Expected a symbol like 21-NQ/TW (number-type/issuer) or 594/KH-UBND (number/[year/]type-issuer)"),
                e.getMessage());
        assertTrue(DocumentSymbol.tryParse(input).isEmpty());
    }

    @Test
    void shouldAcceptTheLargestNumber() {
        assertEquals(99_999, DocumentSymbol.parse("99999-NQ/TW").number());
    }

    @Test
    void shouldRejectBlankInput() {
        assertThrows(InvalidDocumentSymbolException.class, () -> DocumentSymbol.parse(null));
        InvalidDocumentSymbolException e =
                assertThrows(InvalidDocumentSymbolException.class, () -> DocumentSymbol.parse("   "));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
        assertTrue(DocumentSymbol.tryParse(null).isEmpty());
    }

    @Test
    void shouldBeAnIllegalArgument() {
        assertThrows(IllegalArgumentException.class, () -> DocumentSymbol.parse("rubbish"));
    }

    @Test
    void shouldRejectInvalidPartsWhenConstructedDirectly() {
        assertThrows(InvalidDocumentSymbolException.class, () -> new DocumentSymbol(0, DocumentType.NQ, "TW"));
        assertThrows(InvalidDocumentSymbolException.class,
                () -> new DocumentSymbol(100_000, DocumentType.NQ, "TW"));
        assertThrows(InvalidDocumentSymbolException.class, () -> new DocumentSymbol(1, DocumentType.NQ, " "));
        assertThrows(InvalidDocumentSymbolException.class, () -> new DocumentSymbol(1, DocumentType.NQ, "T W"));
        assertThrows(NullPointerException.class, () -> new DocumentSymbol(1, null, "TW"));
    }

    @Test
    void shouldTryParseAValidSymbol() {
        assertEquals(Optional.of(new DocumentSymbol(21, DocumentType.NQ, "TW")), DocumentSymbol.tryParse("21-NQ/TW"));
    }

    @Test
    void shouldFindEverySymbolInTheSeedOpeningInOrderOnce() {
        assertEquals(List.of(
                        DocumentSymbol.parse("21-NQ/TW"),
                        DocumentSymbol.parse("07-KH/TW"),
                        DocumentSymbol.parse("48-CTr/TU")),
                DocumentSymbol.findAll(SEED_03_OPENING));
    }

    @Test
    void shouldFindTheSpacedSymbolOfASeedHeading() {
        assertEquals(List.of(DocumentSymbol.parse("68-KH/HU")),
                DocumentSymbol.findAll("HUYỆN ỦY VĨNH LINH\n*\nSố 68 - KH/HU\nĐẢNG CỘNG SẢN VIỆT NAM"));
    }

    @Test
    void shouldNotTakeDatesOrYearRangesForSymbols() {
        assertEquals(List.of(), DocumentSymbol.findAll(
                "ngày 16/6/2022, giai đoạn 2020 - 2025, kỷ niệm 3/2/1930 - 14/10/2023, tỷ lệ 4-5%/năm"));
    }

    @Test
    void shouldSkipUnknownTypesAndKeepTheRest() {
        assertEquals(List.of(DocumentSymbol.parse("01-KL/TW")),
                DocumentSymbol.findAll("Quyết định 12-XX/TW và Kết luận số 01-KL/TW ngày 18/5/2021."));
    }

    @Test
    void shouldFindSymbolsInDecomposedTextWithEnDashes() {
        String text = Normalizer.normalize("Quy định số 58–QĐ/TW; Chỉ thị số 05-CT/TW,06-CT/HU", Normalizer.Form.NFD);
        assertEquals(List.of(DocumentSymbol.parse("58-QĐ/TW"), DocumentSymbol.parse("05-CT/TW"),
                DocumentSymbol.parse("06-CT/HU")), DocumentSymbol.findAll(text));
    }

    @Test
    void shouldFindNothingInEmptyText() {
        assertEquals(List.of(), DocumentSymbol.findAll(""));
        assertEquals(List.of(), DocumentSymbol.findAll(null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "594/KH-UBND | 594/KH-UBND",
            "Số: 594/KH-UBND | 594/KH-UBND",
            "số 155 / KH - UBND | 155/KH-UBND",
            "19/CT-TTg | 19/CT-TTg",
            "19/ct-ttg | 19/CT-TTg",
            "19/CT-TTG | 19/CT-TTg",
            "16/KH-HĐTĐKT | 16/KH-HĐTĐKT",
            "16/kh-hđtđkt | 16/KH-HĐTĐKT",
            "101/QĐ-TTg | 101/QĐ-TTg",
            "101/QD-TTg | 101/QĐ-TTg",
            "123/2015/NĐ-CP | 123/2015/NĐ-CP",
            "123 / 2015 / nđ-cp | 123/2015/NĐ-CP",
            "01/2021/TT-BNV | 01/2021/TT-BNV",
            "1/KH-UBND | 01/KH-UBND",
            "661/KH-UBND-VX | 661/KH-UBND-VX",
            "12/NQ–HĐND | 12/NQ-HĐND"})
    void shouldReadStateSymbols(String input, String canonical) {
        DocumentSymbol symbol = DocumentSymbol.parse(input);
        assertEquals(canonical, symbol.toString());
        assertEquals(DocumentSymbol.Form.STATE, symbol.form());
        assertTrue(symbol.isState());
        assertEquals(symbol, DocumentSymbol.parse(symbol.toString()));
    }

    @Test
    void shouldSplitAStateSymbolIntoNumberYearTypeAndIssuer() {
        assertEquals(DocumentSymbol.state(123, 2015, DocumentType.ND, "CP"), DocumentSymbol.parse("123/2015/NĐ-CP"));
        assertEquals(DocumentSymbol.state(594, null, DocumentType.KH, "UBND"), DocumentSymbol.parse("594/KH-UBND"));
        DocumentSymbol decree = DocumentSymbol.parse("123/2015/NĐ-CP");
        assertEquals(123, decree.number());
        assertEquals(2015, decree.year());
        assertEquals(DocumentType.ND, decree.type());
        assertEquals("CP", decree.issuerCode());
        assertEquals(null, DocumentSymbol.parse("21-NQ/TW").year());
    }

    @Test
    void shouldReadDecomposedStateSymbolsIntoNfc() {
        DocumentSymbol symbol = DocumentSymbol.parse(Normalizer.normalize("16/KH-HĐTĐKT", Normalizer.Form.NFD));
        assertEquals(Normalizer.normalize("HĐTĐKT", Normalizer.Form.NFC), symbol.issuerCode());
        assertEquals(DocumentSymbol.parse("16/KH-HĐTĐKT"), symbol);
    }

    @Test
    void shouldNeverGiveAPartyAndAStateSymbolTheSameKey() {
        assertNotEquals(DocumentSymbol.parse("21-NQ/TW"), DocumentSymbol.parse("21/NQ-TW"));
        assertNotEquals(DocumentSymbol.parse("21-NQ/TW").searchKey(), DocumentSymbol.parse("21/NQ-TW").searchKey());
        assertEquals("16/kh-hdtdkt", DocumentSymbol.parse("16/KH-HĐTĐKT").searchKey());
        assertEquals(DocumentSymbol.parse("19/CT-TTg").searchKey(), DocumentSymbol.parse("19/ct-ttg").searchKey());
    }

    @Test
    void shouldRejectAYearOnAPartySymbolAndAnOutOfRangeYear() {
        assertThrows(InvalidDocumentSymbolException.class,
                () -> new DocumentSymbol(DocumentSymbol.Form.PARTY, 1, 2020, DocumentType.NQ, "TW"));
        assertThrows(InvalidDocumentSymbolException.class, () -> DocumentSymbol.state(1, 3000, DocumentType.ND, "CP"));
        assertThrows(NullPointerException.class, () -> new DocumentSymbol(null, 1, null, DocumentType.NQ, "TW"));
    }

    @Test
    void shouldFindPartyAndStateSymbolsInRunningTextInOrder() {
        String text = "Căn cứ Nghị định số 123/2015/NĐ-CP ngày 15/10/2015 của Chính phủ; thực hiện Chỉ thị số "
                + "19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ, Kế hoạch số 16/KH-HĐTĐKT ngày 31/8/2021 và "
                + "Nghị quyết số 21-NQ/TW ngày 16/6/2022; Kế hoạch 594/KH-UBND.";
        assertEquals(List.of(DocumentSymbol.parse("123/2015/NĐ-CP"), DocumentSymbol.parse("19/CT-TTg"),
                DocumentSymbol.parse("16/KH-HĐTĐKT"), DocumentSymbol.parse("21-NQ/TW"),
                DocumentSymbol.parse("594/KH-UBND")), DocumentSymbol.findAll(text));
    }

    @Test
    void shouldNotTakeDatesFractionsOrRatesForStateSymbols() {
        assertEquals(List.of(), DocumentSymbol.findAll("ngày 16/6/2022, 24/7, tỷ lệ 3/4-5, 2/3 số đảng viên, "
                + "Covid-19/CT-TTg, 5/XY-UBND, 12/1800/NĐ-CP, năm 2020/2021-2022, 1/2-ĐU"));
    }

    @Test
    void shouldReadHostileStringsOfManyDigitsSlashesAndLetters() {
        String digits = "1/".repeat(200_000);
        String letters = "1/KH-" + "A".repeat(400_000) + " ";
        String mixed = "12/2015/".repeat(50_000) + "-".repeat(10_000);
        assertEquals(List.of(), DocumentSymbol.findAll(digits));
        assertEquals(1, DocumentSymbol.findAll(letters).size());
        assertEquals(List.of(), DocumentSymbol.findAll(mixed));
        assertTrue(DocumentSymbol.tryParse(digits).isEmpty());
        assertTrue(DocumentSymbol.tryParse(mixed).isEmpty());
    }
}
