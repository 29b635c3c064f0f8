package vn.cascade.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The histogram a MIN/MAX count is kept by: an acceptance moves one organisation from its old value to its new. */
class RollupAggregateTest {

    private static final OffsetDateTime MONDAY = OffsetDateTime.of(2024, 4, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void shouldMoveAnOrganisationBetweenTheValuesOfAMinOrMaxCount() {
        Map<String, RollupAggregate.Latest> current = Map.of("LARGEST", new RollupAggregate.Latest(40, MONDAY),
                "TOTAL", new RollupAggregate.Latest(900, MONDAY));
        RollupAggregate.Change change = RollupAggregate.accept(current, Map.of("LARGEST", 72L, "TOTAL", 950L),
                MONDAY.plusDays(1), Set.of("LARGEST"));
        assertArrayEquals(new long[] {32, 0}, change.itemDeltas().get("LARGEST"));
        assertArrayEquals(new long[] {-1, -1}, change.itemDeltas().get("~LARGEST:40"));
        assertArrayEquals(new long[] {1, 1}, change.itemDeltas().get("~LARGEST:72"));
        assertFalse(change.itemDeltas().keySet().stream().anyMatch(item -> item.startsWith("~TOTAL")));
        // the same value again moves nothing
        RollupAggregate.Change same = RollupAggregate.accept(Map.of("LARGEST", new RollupAggregate.Latest(72, MONDAY)),
                Map.of("LARGEST", 72L), MONDAY.plusDays(1), Set.of("LARGEST"));
        assertFalse(same.itemDeltas().keySet().stream().anyMatch(item -> item.startsWith("~")));
    }

    @Test
    void shouldReadTheSmallestAndLargestValueGivenOverTheShards() {
        RollupAggregate.Branch branch = new RollupAggregate.Branch();
        branch.add("LARGEST", 150, 3);
        branch.add("~LARGEST:38", 1, 1);
        branch.add("~LARGEST:72", 1, 1);
        branch.add("~LARGEST:40", 1, 1);
        // another shard: the organisation that gave 72 moved to 45
        branch.add("~LARGEST:72", -1, -1);
        branch.add("~LARGEST:45", 1, 1);
        assertEquals(38L, branch.extreme("LARGEST", true));
        assertEquals(45L, branch.extreme("LARGEST", false));
        assertNull(branch.extreme("TOTAL", false));
        assertEquals(150L, branch.sums(Set.of("LARGEST")).get("LARGEST"));
    }
}
