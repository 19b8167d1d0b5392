package org.stackcanvas.document;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A YAML mapping with string keys, in the order written. Each entry keeps its key's location. */
public record YMap(Map<String, Entry> entries, SourceLocation location, YTag tag) implements YValue {

    /** One key and its value. */
    public record Entry(String key, SourceLocation keyLocation, YValue value) {
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(keyLocation, "keyLocation");
            Objects.requireNonNull(value, "value");
        }

        public Entry withValue(YValue newValue) {
            return new Entry(key, keyLocation, newValue);
        }
    }

    /** A change to one entry, for {@link #mapEntries}. */
    @FunctionalInterface
    public interface EntryChange<X extends Exception> {
        /** The entry to keep in place of {@code entry} (the same object for no change, null to remove it). */
        Entry apply(Entry entry) throws X;
    }

    public YMap {
        entries = FrozenEntries.copyOf(entries);
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(tag, "tag");
    }

    public YMap(Map<String, Entry> entries, SourceLocation location) {
        this(entries, location, YTag.NONE);
    }

    /**
     * A mapping over the first {@code size} keys and entries, without copying the arrays when they are
     * full: the caller hands them over. The keys must differ.
     */
    static YMap owning(String[] keys, Entry[] entries, int size, SourceLocation location, YTag tag) {
        return new YMap(FrozenEntries.owning(keys, entries, size), location, tag);
    }

    public static YMap empty(SourceLocation location) {
        return new YMap(Map.of(), location);
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    public Collection<Entry> entryList() {
        return entries.values();
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    public YValue get(String key) {
        Entry e = entries.get(key);
        return e == null ? null : e.value();
    }

    public Optional<YValue> find(String key) {
        return Optional.ofNullable(get(key));
    }

    public Optional<YMap> map(String key) {
        return get(key) instanceof YMap m ? Optional.of(m) : Optional.empty();
    }

    public Optional<YList> list(String key) {
        return get(key) instanceof YList l ? Optional.of(l) : Optional.empty();
    }

    /** The scalar text at {@code key}, or empty when absent, null or not a scalar. */
    public Optional<String> text(String key) {
        return get(key) instanceof YScalar s && s.kind() != YScalar.Kind.NULL
                ? Optional.of(s.text()) : Optional.empty();
    }

    /** Location of the key (better for messages than the value's). */
    public SourceLocation keyLocation(String key) {
        Entry e = entries.get(key);
        return e == null ? location : e.keyLocation();
    }

    public int size() {
        return entries.size();
    }

    public YMap with(String key, YValue value) {
        LinkedHashMap<String, Entry> copy = new LinkedHashMap<>(entries);
        Entry old = copy.get(key);
        copy.put(key, new Entry(key, old == null ? value.location() : old.keyLocation(), value));
        return new YMap(copy, location, tag);
    }

    public YMap with(Entry entry) {
        LinkedHashMap<String, Entry> copy = new LinkedHashMap<>(entries);
        copy.put(entry.key(), entry);
        return new YMap(copy, location, tag);
    }

    public YMap without(String key) {
        if (!entries.containsKey(key)) {
            return this;
        }
        LinkedHashMap<String, Entry> copy = new LinkedHashMap<>(entries);
        copy.remove(key);
        return new YMap(copy, location, tag);
    }

    /**
     * This mapping with each entry replaced by {@code change}'s result, in order; the same object when
     * no entry changes, so a pass over a tree copies only what it changes. A replacement keeps the
     * entry's key; null removes the entry.
     */
    public <X extends Exception> YMap mapEntries(EntryChange<X> change) throws X {
        Map<String, Entry> done = ((FrozenEntries) entries).map(change);
        return done == entries ? this : new YMap(done, location, tag);
    }

    public YMap withEntries(Map<String, Entry> newEntries) {
        return new YMap(newEntries, location, tag);
    }

    @Override
    public YMap withTag(YTag newTag) {
        return new YMap(entries, location, newTag);
    }

    @Override
    public String describeKind() {
        return "a mapping";
    }
}
