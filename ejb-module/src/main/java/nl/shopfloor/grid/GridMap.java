package nl.shopfloor.grid;

import com.hazelcast.map.EntryProcessor;
import com.hazelcast.map.IMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A map whose entries change only through entry processors, each applied atomically to its entry: in the data
 * grid's {@link IMap} on the member that owns the key (one grid call, whichever instance asks), or in this
 * instance's memory without a grid. The same processor code runs in both, so a rule written as a processor holds
 * on one instance and in a cluster alike. Processors return what callers read (immutable values): nobody
 * holds a stored value outside its processor.
 */
public final class GridMap<K, V> {

    private final IMap<K, V> grid;
    private final ConcurrentMap<K, V> memory;

    private GridMap(IMap<K, V> grid, ConcurrentMap<K, V> memory) {
        this.grid = grid;
        this.memory = memory;
    }

    /** Without a data grid: this instance is the whole cluster. */
    public static <K, V> GridMap<K, V> inMemory() {
        return new GridMap<>(null, new ConcurrentHashMap<>());
    }

    static <K, V> GridMap<K, V> of(IMap<K, V> grid) {
        return new GridMap<>(grid, null);
    }

    public <R> R update(K key, EntryProcessor<K, V, R> processor) {
        if (grid != null) {
            return grid.executeOnKey(key, processor);
        }
        Object[] result = new Object[1];
        memory.compute(key, (k, value) -> {
            LocalEntry<K, V> entry = new LocalEntry<>(k, value);
            result[0] = processor.process(entry);
            return entry.value;
        });
        @SuppressWarnings("unchecked")
        R r = (R) result[0];
        return r;
    }

    /** Each key's result, for keys whose processor returned something. */
    public <R> Map<K, R> updateAll(Set<K> keys, EntryProcessor<K, V, R> processor) {
        if (grid != null) {
            return grid.executeOnKeys(keys, processor);
        }
        Map<K, R> results = new HashMap<>();
        for (K key : keys) {
            R result = update(key, processor);
            if (result != null) {
                results.put(key, result);
            }
        }
        return results;
    }

    /** Every entry's result, for entries whose processor returned something. */
    public <R> Map<K, R> updateEvery(EntryProcessor<K, V, R> processor) {
        return grid != null ? grid.executeOnEntries(processor) : updateAll(Set.copyOf(memory.keySet()), processor);
    }

    private static final class LocalEntry<K, V> implements Map.Entry<K, V> {
        private final K key;
        private V value;

        LocalEntry(K key, V value) {
            this.key = key;
            this.value = value;
        }

        @Override
        public K getKey() {
            return key;
        }

        @Override
        public V getValue() {
            return value;
        }

        @Override
        public V setValue(V value) {
            V before = this.value;
            this.value = value;
            return before;
        }
    }
}
