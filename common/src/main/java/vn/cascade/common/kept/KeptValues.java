package vn.cascade.common.kept;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Values read from a few tables that rarely change, kept per key until {@link TableChanges} reports a change of
 * one of those tables. A value read while a change arrives is not kept (the generation moved), so a read never
 * brings back what a change dropped; while no change can reach this replica nothing is kept.
 */
public final class KeptValues<K, V> {

    private final String name;
    private final Set<String> tables;
    private final int maxEntries;
    private final TableChanges changes;
    private final ConcurrentHashMap<K, V> values = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    KeptValues(String name, Set<String> tables, int maxEntries, TableChanges changes) {
        this.name = name;
        this.tables = tables;
        this.maxEntries = maxEntries;
        this.changes = changes;
    }

    /** The kept value, or the one {@code read} returns (kept if nothing changed meanwhile); null is never kept. */
    public V get(K key, Supplier<V> read) {
        if (!changes.listening()) {
            return read.get();
        }
        V value = values.get(key);
        if (value != null) {
            return value;
        }
        long before = generation.get();
        value = read.get();
        if (value == null || generation.get() != before) {
            return value;
        }
        if (values.size() >= maxEntries) {
            values.clear(); // a bound, not a policy: the keys are a service's organisations, plans, days
        }
        values.put(key, value);
        // a drop between the check and the put: take it out again (drop moves the generation before clearing)
        if (generation.get() != before || !changes.listening()) {
            values.remove(key, value);
        }
        return value;
    }

    boolean readFrom(String table) {
        return tables.contains(table);
    }

    void drop() {
        generation.incrementAndGet();
        values.clear();
    }

    int size() {
        return values.size();
    }

    @Override
    public String toString() {
        return "KeptValues[" + name + " from " + tables + ", " + values.size() + "]";
    }
}
