package vn.cascade.reporting.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The arithmetic of the roll-up aggregates (issue 18): which of an organisation's latest counts an accepted report
 * replaces, what that adds to every node above it, and how a roll-up reads the summed rows back. No database here;
 * see RollupAggregateRepository for where the rows live.
 */
public final class RollupAggregate {

    /** The value an organisation's latest accepted report of the period gave for one count. */
    public record Latest(long value, OffsetDateTime submittedAt) {

        /** The roll-up keeps the report submitted last; at the same instant, the larger value (as max([t, v])). */
        boolean replacedBy(Latest other) {
            int byTime = other.submittedAt.toInstant().compareTo(submittedAt.toInstant());
            return byTime > 0 || byTime == 0 && other.value > value;
        }
    }

    /** What one acceptance changes: the new latest values, and the item deltas of the organisation itself. */
    public record Change(Map<String, Latest> replaced, Map<String, long[]> itemDeltas) {

        public boolean isEmpty() {
            return replaced.isEmpty();
        }
    }

    /**
     * A delta to one summed row.
     *
     * @param own whether it is the node's own row (organisations counted at the node) or its subtree row
     */
    public record Delta(String nodePath, boolean own, String item, long amount, long contributors) {
    }

    /** The prefix of an item holding the sorted codes an organisation gave. */
    public static final String SIGNATURE = "#";

    /**
     * The prefix of an item counting the organisations that gave one value of a count aggregated by MIN or MAX
     * ({@code ~CODE:value}): a subtree's smallest or largest value is the smallest or largest whose count is above
     * zero, and an acceptance moves one organisation from its old value to its new one (−1/+1), a delta like any.
     */
    public static final String HISTOGRAM = "~";

    private RollupAggregate() {
    }

    /**
     * The counts of an accepted report against the organisation's latest ones: each count the report gives anew or
     * more recently replaces the old value, adding the difference; the organisation's signature (the set of codes
     * it gave) moves from the old set to the new one.
     */
    public static Change accept(Map<String, Latest> current, Map<String, Long> reported, OffsetDateTime submittedAt) {
        return accept(current, reported, submittedAt, Set.of());
    }

    /**
     * As {@link #accept(Map, Map, OffsetDateTime)}, and for the counts aggregated by MIN or MAX ({@code extremes})
     * the organisation moves from its old value's histogram item to its new one's.
     */
    public static Change accept(Map<String, Latest> current, Map<String, Long> reported, OffsetDateTime submittedAt,
            Set<String> extremes) {
        Map<String, Latest> replaced = new LinkedHashMap<>();
        Map<String, long[]> deltas = new LinkedHashMap<>();
        reported.forEach((code, value) -> {
            if (value == null) {
                return;
            }
            Latest candidate = new Latest(value, submittedAt);
            Latest old = current.get(code);
            if (old == null || old.replacedBy(candidate)) {
                replaced.put(code, candidate);
                deltas.put(code, new long[] {value - (old == null ? 0 : old.value()), old == null ? 1 : 0});
                if (extremes.contains(code) && (old == null || old.value() != value)) {
                    if (old != null) {
                        deltas.put(histogram(code, old.value()), new long[] {-1, -1});
                    }
                    deltas.put(histogram(code, value), new long[] {1, 1});
                }
            }
        });
        Set<String> before = new TreeSet<>(current.keySet());
        Set<String> after = new TreeSet<>(before);
        after.addAll(replaced.keySet());
        if (!after.equals(before)) {
            if (!before.isEmpty()) {
                deltas.put(signature(before), new long[] {-1, -1});
            }
            deltas.put(signature(after), new long[] {1, 1});
        }
        return new Change(replaced, deltas);
    }

    /** {@code ~CODE:value}: the organisations that gave the value. */
    public static String histogram(String code, long value) {
        return HISTOGRAM + code + ":" + value;
    }

    /** {@code #A,B,C}: the codes sorted. */
    public static String signature(Collection<String> codes) {
        return SIGNATURE + String.join(",", new TreeSet<>(codes));
    }

    /** The deltas of an organisation counted at {@code path} ('/a/b/c'): to every prefix's subtree row and its own row. */
    public static List<Delta> deltas(String path, Map<String, long[]> itemDeltas) {
        List<String> nodes = new ArrayList<>();
        for (int i = path.indexOf('/', 1); i > 0; i = path.indexOf('/', i + 1)) {
            nodes.add(path.substring(0, i));
        }
        nodes.add(path);
        List<Delta> deltas = new ArrayList<>();
        itemDeltas.forEach((item, delta) -> {
            for (String node : nodes) {
                deltas.add(new Delta(node, false, item, delta[0], delta[1]));
            }
            deltas.add(new Delta(path, true, item, delta[0], delta[1]));
        });
        return deltas;
    }

    /** One branch of a roll-up read back from its summed rows: sums per count and signatures. */
    public static final class Branch {

        private final Map<String, Long> sums = new HashMap<>();
        private final Map<String, Long> contributors = new HashMap<>();
        private final Map<String, Long> signatures = new HashMap<>();
        /** Per MIN/MAX count: value → how many organisations gave it. */
        private final Map<String, java.util.TreeMap<Long, Long>> histograms = new HashMap<>();

        /** Adds a row summed over the shards. */
        public void add(String item, long amount, long contributors) {
            if (item.startsWith(HISTOGRAM)) {
                int colon = item.lastIndexOf(':');
                if (contributors != 0) {
                    histograms.computeIfAbsent(item.substring(HISTOGRAM.length(), colon), code -> new java.util.TreeMap<>())
                            .merge(Long.parseLong(item.substring(colon + 1)), contributors, Long::sum);
                }
            } else if (item.startsWith(SIGNATURE)) {
                if (amount != 0) {
                    signatures.merge(item, amount, Long::sum);
                }
            } else {
                sums.merge(item, amount, Long::sum);
                this.contributors.merge(item, contributors, Long::sum);
            }
        }

        /** The sum of each of the counts that at least one organisation gave. */
        public Map<String, Long> sums(Collection<String> counts) {
            Map<String, Long> given = new HashMap<>();
            for (String count : counts) {
                if (contributors(count) > 0) {
                    given.put(count, sums.get(count));
                }
            }
            return given;
        }

        /**
         * The smallest ({@code smallest}) or largest value an organisation gave for a count kept with its histogram
         * (aggregated by MIN or MAX); null when none gave it.
         */
        public Long extreme(String count, boolean smallest) {
            java.util.TreeMap<Long, Long> values = histograms.get(count);
            if (values == null) {
                return null;
            }
            var given = (smallest ? values.entrySet() : values.descendingMap().entrySet()).stream()
                    .filter(value -> value.getValue() > 0).findFirst();
            return given.map(Map.Entry::getKey).orElse(null);
        }

        /** How many organisations gave the count (over the shards: a shard's row may hold a negative delta). */
        public long contributors(String count) {
            return contributors.getOrDefault(count, 0L);
        }

        /** How many organisations gave at least one of the counts. */
        public long reporters(Collection<String> counts) {
            long reporters = 0;
            for (Map.Entry<String, Long> signature : signatures.entrySet()) {
                for (String code : signature.getKey().substring(SIGNATURE.length()).split(",")) {
                    if (counts.contains(code)) {
                        reporters += signature.getValue();
                        break;
                    }
                }
            }
            return reporters;
        }

        public boolean isEmpty() {
            return contributors.values().stream().allMatch(given -> given == 0) && signatures.isEmpty();
        }
    }
}
