package org.stackcanvas.document;

import java.util.List;
import java.util.Objects;

/** A YAML sequence. */
public record YList(List<YValue> items, SourceLocation location, YTag tag) implements YValue {

    /** A change to one item, for {@link #mapItems}. */
    @FunctionalInterface
    public interface ItemChange<X extends Exception> {
        /** The item to keep in place of {@code item} (the same object for no change). */
        YValue apply(YValue item) throws X;
    }

    public YList {
        items = List.copyOf(items);
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(tag, "tag");
    }

    public YList(List<YValue> items, SourceLocation location) {
        this(items, location, YTag.NONE);
    }

    public int size() {
        return items.size();
    }

    public YValue get(int index) {
        return items.get(index);
    }

    /** This list with each item replaced by {@code change}'s result; the same object when no item changes. */
    public <X extends Exception> YList mapItems(ItemChange<X> change) throws X {
        YValue[] changed = null;
        for (int i = 0; i < items.size(); i++) {
            YValue item = items.get(i);
            YValue done = Objects.requireNonNull(change.apply(item), "item");
            if (done != item && changed == null) {
                changed = items.toArray(new YValue[0]);
            }
            if (changed != null) {
                changed[i] = done;
            }
        }
        return changed == null ? this : new YList(List.of(changed), location, tag);
    }

    public YList withItems(List<YValue> newItems) {
        return new YList(newItems, location, tag);
    }

    @Override
    public YList withTag(YTag newTag) {
        return new YList(items, location, newTag);
    }

    @Override
    public String describeKind() {
        return "a list";
    }
}
