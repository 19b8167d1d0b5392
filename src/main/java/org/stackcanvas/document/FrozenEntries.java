package org.stackcanvas.document;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The read-only entries of a {@link YMap}, in order, held in two arrays. A compose file is
 * thousands of small mappings: arrays and a scan over a few keys take a fraction of the memory and
 * time of a linked hash map per mapping; larger mappings (services, volumes) get a hash index. A map
 * already frozen is taken as it is, so trees that share a mapping never copy it.
 */
final class FrozenEntries extends AbstractMap<String, YMap.Entry> {

    private static final int SCANNED = 8;

    private final String[] keys;
    private final YMap.Entry[] values;
    // Open addressing over the keys' hashes, index + 1 per slot (0 is empty); null for small maps.
    private final int[] slots;

    private FrozenEntries(String[] keys, YMap.Entry[] values) {
        this(keys, values, keys.length > SCANNED ? index(keys) : null);
    }

    private FrozenEntries(String[] keys, YMap.Entry[] values, int[] slots) {
        this.keys = keys;
        this.values = values;
        this.slots = slots;
    }

    /**
     * Each entry replaced by {@code change}'s result (null removes it), keeping its key; this object
     * when nothing changes. With no removal the keys and their index are shared, not copied.
     */
    <X extends Exception> FrozenEntries map(YMap.EntryChange<X> change) throws X {
        YMap.Entry[] changed = null;
        int removed = 0;
        for (int i = 0; i < values.length; i++) {
            YMap.Entry entry = values[i];
            YMap.Entry done = change.apply(entry);
            if (done != entry) {
                if (done != null && !done.key().equals(keys[i])) {
                    throw new IllegalArgumentException("an entry change may not rename '" + keys[i] + "'");
                }
                if (changed == null) {
                    changed = values.clone();
                }
                removed += done == null ? 1 : 0;
            }
            if (changed != null) {
                changed[i] = done;
            }
        }
        if (changed == null) {
            return this;
        }
        if (removed == 0) {
            return new FrozenEntries(keys, changed, slots);
        }
        String[] keptKeys = new String[keys.length - removed];
        YMap.Entry[] kept = new YMap.Entry[keptKeys.length];
        int n = 0;
        for (int i = 0; i < changed.length; i++) {
            if (changed[i] != null) {
                keptKeys[n] = keys[i];
                kept[n++] = changed[i];
            }
        }
        return new FrozenEntries(keptKeys, kept);
    }

    static Map<String, YMap.Entry> copyOf(Map<String, YMap.Entry> entries) {
        if (entries instanceof FrozenEntries) {
            return entries;
        }
        String[] keys = new String[entries.size()];
        YMap.Entry[] values = new YMap.Entry[keys.length];
        int i = 0;
        for (Map.Entry<String, YMap.Entry> e : entries.entrySet()) {
            keys[i] = java.util.Objects.requireNonNull(e.getKey(), "key");
            values[i] = java.util.Objects.requireNonNull(e.getValue(), "entry");
            i++;
        }
        return new FrozenEntries(keys, values);
    }

    /**
     * Takes the first {@code size} keys and entries without copying them when they fill the arrays;
     * the keys must differ, and the caller must not change the arrays afterwards.
     */
    static Map<String, YMap.Entry> owning(String[] keys, YMap.Entry[] values, int size) {
        return size == keys.length
                ? new FrozenEntries(keys, values)
                : new FrozenEntries(Arrays.copyOf(keys, size), Arrays.copyOf(values, size));
    }

    private static int[] index(String[] keys) {
        int capacity = Integer.highestOneBit(keys.length * 2 - 1) << 1;
        int[] slots = new int[capacity];
        for (int i = 0; i < keys.length; i++) {
            int slot = home(keys[i], capacity);
            while (slots[slot] != 0) {
                slot = (slot + 1) & (capacity - 1);
            }
            slots[slot] = i + 1;
        }
        return slots;
    }

    /**
     * The first slot to try. Keys such as {@code svc-1} ... {@code svc-999} have neighbouring hashes,
     * which would pile up in a run of slots; multiplying spreads them (Fibonacci hashing).
     */
    private static int home(Object key, int capacity) {
        return (key.hashCode() * 0x9E3779B9) >>> (32 - Integer.numberOfTrailingZeros(capacity));
    }

    private int indexOf(Object key) {
        if (!(key instanceof String)) {
            return -1;
        }
        if (slots == null) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i].equals(key)) {
                    return i;
                }
            }
            return -1;
        }
        int mask = slots.length - 1;
        for (int slot = home(key, slots.length); slots[slot] != 0; slot = (slot + 1) & mask) {
            int i = slots[slot] - 1;
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    public boolean isEmpty() {
        return keys.length == 0;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public YMap.Entry get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public Set<String> keySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<String> iterator() {
                return new Cursor<>(i -> keys[i]);
            }

            @Override
            public int size() {
                return keys.length;
            }

            @Override
            public boolean contains(Object o) {
                return indexOf(o) >= 0;
            }
        };
    }

    @Override
    public Collection<YMap.Entry> values() {
        return Collections.unmodifiableList(Arrays.asList(values));
    }

    @Override
    public Set<Map.Entry<String, YMap.Entry>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, YMap.Entry>> iterator() {
                return new Cursor<>(i -> new SimpleImmutableEntry<>(keys[i], values[i]));
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super YMap.Entry> action) {
        for (int i = 0; i < keys.length; i++) {
            action.accept(keys[i], values[i]);
        }
    }

    /** Walks the positions in order. */
    private final class Cursor<T> implements Iterator<T> {
        private final java.util.function.IntFunction<T> at;
        private int next;

        Cursor(java.util.function.IntFunction<T> at) {
            this.at = at;
        }

        @Override
        public boolean hasNext() {
            return next < keys.length;
        }

        @Override
        public T next() {
            if (next >= keys.length) {
                throw new NoSuchElementException();
            }
            return at.apply(next++);
        }
    }
}
