package vn.cascade.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cascade.common.documents.Target;

/** The importer's vocabulary as data: catalogue entries and their keywords name a sentence's figures. */
class IndicatorNamingTest {

    private static final IndicatorNaming NAMING = IndicatorNaming.of(List.of(
            new IndicatorNaming.Entry("FOUR_GOOD_SHARE", true, null, null,
                    List.of(Normalizer.normalize("Chi Bộ + BỐN TỐT", Normalizer.Form.NFD))),
            new IndicatorNaming.Entry("FOUR_GOOD_CELLS", false, null, null, List.of("chi bộ + bốn tốt")),
            new IndicatorNaming.Entry("PARTY_CELLS", false, null, null, List.of("chi bộ")),
            new IndicatorNaming.Entry("ORGS_GOOD_RATE", true, "ORGS_RATED_GOOD_OR_BETTER", "ORGS_RATED",
                    List.of("hoàn thành tốt nhiệm vụ"))));

    private static IndicatorNaming.Named name(String sentence, Target.Unit unit) {
        return NAMING.read(Folded.of(sentence)).name(unit);
    }

    @Test
    void shouldNameByKeywordsWithoutDiacriticsOrCaseAndByTheFiguresUnit() {
        assertEquals("FOUR_GOOD_SHARE", name("Đến năm 2025 có 100% chi bộ đạt \"bốn tốt\"", Target.Unit.PERCENT).code());
        assertEquals("FOUR_GOOD_CELLS", name("có ít nhất 20 CHI BO đạt bon tot", Target.Unit.COUNT).code(),
                "the longer keyword wins over 'chi bộ' alone");
        assertEquals("PARTY_CELLS", name("thành lập thêm 5 chi bộ", Target.Unit.COUNT).code());
        IndicatorNaming.Named rate = name("90% tổ chức hoàn thành tốt nhiệm vụ", Target.Unit.PERCENT);
        assertEquals(new IndicatorNaming.Named("ORGS_GOOD_RATE", "ORGS_RATED_GOOD_OR_BETTER", "ORGS_RATED"), rate);
    }

    @Test
    void shouldMatchWholeWordsOnlyAndNameNothingElse() {
        assertNull(name("100% chi bội thu", Target.Unit.COUNT).code(), "'chi bộ' is not inside 'chi bội'");
        assertNull(name("100% chi bộ có chi ủy", Target.Unit.PERCENT).code(), "no percentage indicator has these words");
        assertEquals(IndicatorNaming.Named.NONE, IndicatorNaming.NONE.read("ket nap").name(Target.Unit.PERCENT));
    }

    @Test
    void shouldPreferTheIndicatorNamedFirstBetweenKeywordsOfTheSameLength() {
        IndicatorNaming naming = IndicatorNaming.of(List.of(
                new IndicatorNaming.Entry("B_RATE", true, null, null, List.of("ket nap")),
                new IndicatorNaming.Entry("A_RATE", true, null, null, List.of("chi uy"))));
        assertEquals("B_RATE", naming.read(Folded.of("kết nạp 3% và chi ủy")).name(Target.Unit.PERCENT).code());
        assertEquals("A_RATE", naming.read(Folded.of("chi ủy 3% và kết nạp")).name(Target.Unit.PERCENT).code());
    }
}
