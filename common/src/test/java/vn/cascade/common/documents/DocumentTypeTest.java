package vn.cascade.common.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentTypeTest {

    @Test
    void shouldUseTheCodesDocumentsWrite() {
        assertEquals("NQ", DocumentType.NQ.code());
        assertEquals("QĐ", DocumentType.QD.code());
        assertEquals("CTr", DocumentType.CTR.code());
        assertEquals("TB", DocumentType.TB.code());
    }

    @Test
    void shouldNameEachTypeInEnglishAndVietnamese() {
        assertEquals("resolution", DocumentType.NQ.englishName());
        assertEquals("nghị quyết", DocumentType.NQ.vietnameseName());
        assertEquals("action programme", DocumentType.CTR.englishName());
        assertEquals("chương trình hành động", DocumentType.CTR.vietnameseName());
        for (DocumentType type : DocumentType.values()) {
            assertFalse(type.englishName().isBlank(), type.name());
            assertFalse(type.vietnameseName().isBlank(), type.name());
        }
    }

    @Test
    void shouldClassifyDirectivesAndPlans() {
        Set<DocumentType> directives = EnumSet.noneOf(DocumentType.class);
        Set<DocumentType> plans = EnumSet.noneOf(DocumentType.class);
        for (DocumentType type : DocumentType.values()) {
            if (type.isDirective()) {
                directives.add(type);
            }
            if (type.isPlan()) {
                plans.add(type);
            }
        }
        assertEquals(EnumSet.of(DocumentType.NQ, DocumentType.KL, DocumentType.CT, DocumentType.QD,
                DocumentType.HD), directives);
        assertEquals(EnumSet.of(DocumentType.KH, DocumentType.CTR), plans);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ctr", "CTR", "Ctr", "CTr", " CTr "})
    void shouldReadActionProgrammeCodeInAnyCase(String code) {
        assertEquals(Optional.of(DocumentType.CTR), DocumentType.fromCode(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"QD", "qd", "qđ", "QĐ", "Qđ"})
    void shouldReadRegulationCodeWithOrWithoutStroke(String code) {
        assertEquals(Optional.of(DocumentType.QD), DocumentType.fromCode(code));
    }

    @Test
    void shouldReadDecomposedInput() {
        assertEquals(Optional.of(DocumentType.QD),
                DocumentType.fromCode(Normalizer.normalize("QĐ", Normalizer.Form.NFD)));
    }

    @Test
    void shouldFindEveryTypeByItsOwnCode() {
        for (DocumentType type : DocumentType.values()) {
            assertEquals(Optional.of(type), DocumentType.fromCode(type.code()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "X", "NQQ", "TW", "C T"})
    void shouldNotFindUnknownCodes(String code) {
        assertTrue(DocumentType.fromCode(code).isEmpty());
    }

    @Test
    void shouldNotFindNull() {
        assertTrue(DocumentType.fromCode(null).isEmpty());
    }
}
