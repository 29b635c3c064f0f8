package vn.cascade.plan.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskNumberingTest {

    @Test
    void shouldPlaceEachTaskUnderTheLongestNumberThatPrefixesItsOwn() {
        List<String> numbers = Arrays.asList("1", "1.1", "1.1.2", "1.2", "2", "IV", "iv.2", null, "10.1", "3.1.");
        assertArrayEquals(new int[] {-1, 0, 1, 0, -1, -1, 5, -1, -1, -1}, TaskNumbering.parents(numbers));
    }

    @Test
    void shouldSkipAMissingLevelAndPreferTheNearestOfTwoEqualNumbersBefore() {
        // "1.1" is missing: 1.1.1 lies under 1; the second "2" section's 2.1 under the "2" just before it.
        List<String> numbers = List.of("1", "1.1.1", "2", "2.1", "2", "2.1");
        assertArrayEquals(new int[] {-1, 0, -1, 2, -1, 4}, TaskNumbering.parents(numbers));
    }

    @Test
    void shouldReadNumbersAsTheirSegments() {
        assertEquals(List.of("1", "1"), TaskNumbering.segments(" 1.1. "));
        assertEquals(List.of("IV", "2"), TaskNumbering.segments("iv.2)"));
        assertEquals(List.of(), TaskNumbering.segments(" "));
        assertEquals(List.of(), TaskNumbering.segments(null));
    }
}
