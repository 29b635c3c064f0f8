package vn.cascade.plan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cascade.common.documents.Target;
import vn.cascade.common.documents.Target.Comparator;

class TargetStrengthTest {

    @ParameterizedTest(name = "child {0} {1}-{2} against parent {3} {4}-{5}: weaker={6}")
    @CsvSource({
            "AT_LEAST, 2, , AT_LEAST, 3, , true",
            "AT_LEAST, 3, , AT_LEAST, 3, , false",
            "AT_LEAST, 4, , AT_LEAST, 3, , false",
            "BETWEEN, 4, 5, AT_LEAST, 3, , false",
            "BETWEEN, 2, 5, AT_LEAST, 3, , true",
            "AT_LEAST, 3, , MORE_THAN, 3, , true",
            "MORE_THAN, 3, , AT_LEAST, 3, , false",
            "MORE_THAN, 90, , MORE_THAN, 90, , false",
            "AT_MOST, 5, , AT_LEAST, 3, , true",
            "EXACTLY, 100, , AT_LEAST, 100, , false",
            "AT_MOST, 2, , AT_MOST, 3, , false",
            "AT_MOST, 4, , AT_MOST, 3, , true",
            "AT_LEAST, 1, , AT_MOST, 3, , true",
            "BETWEEN, 4, 5, BETWEEN, 3, 6, false",
            "BETWEEN, 2, 5, BETWEEN, 3, 6, true",
            "EXACTLY, 99, , EXACTLY, 100, , true"})
    void shouldFlagAChildTargetThatAsksLessThanItsParent(Comparator childComparator, BigDecimal childValue,
            BigDecimal childUpper, Comparator parentComparator, BigDecimal parentValue, BigDecimal parentUpper,
            boolean weaker) {
        assertEquals(weaker, TargetStrength.isWeaker(target(childComparator, childValue, childUpper),
                target(parentComparator, parentValue, parentUpper)));
    }

    private static Target target(Comparator comparator, BigDecimal value, BigDecimal upper) {
        return new Target("NEW_MEMBER_RATE", "Tỷ lệ kết nạp đảng viên mới", comparator, value, upper,
                Target.Unit.PERCENT, new Target.TargetPeriod(Target.TargetPeriod.Kind.ANNUALLY, 2022, 2030),
                null, null, null, null);
    }
}
