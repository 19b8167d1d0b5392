package org.stackcanvas.document;

import java.util.List;
import java.util.Objects;

/** A YAML sequence. */
public record YList(List<YValue> items, SourceLocation location, YTag tag) implements YValue {

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
