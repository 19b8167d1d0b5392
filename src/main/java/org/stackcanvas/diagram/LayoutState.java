package org.stackcanvas.diagram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The node positions the user chose (node id → top-left corner). Nodes without a position are placed
 * by the layouter. Listeners hear the ids whose position changed, so a view can move just those.
 * Not thread-safe: owned by the thread that edits (the UI thread in the editor).
 */
public final class LayoutState {

    private final Map<String, Position> positions = new LinkedHashMap<>();
    private final List<Consumer<Map<String, Position>>> listeners = new ArrayList<>();

    public LayoutState() {
    }

    public LayoutState(Map<String, Position> initial) {
        positions.putAll(initial);
    }

    public Optional<Position> position(String id) {
        return Optional.ofNullable(positions.get(id));
    }

    /** A copy of every chosen position, in the order they were first set. */
    public Map<String, Position> positions() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(positions));
    }

    public boolean isEmpty() {
        return positions.isEmpty();
    }

    /**
     * Sets the given positions; a null position forgets the node's (the layouter places it again).
     * Listeners get the changes actually made; nothing happens when nothing changes.
     */
    public void apply(Map<String, Position> changes) {
        Map<String, Position> made = new LinkedHashMap<>();
        for (Map.Entry<String, Position> change : changes.entrySet()) {
            String id = Objects.requireNonNull(change.getKey(), "id");
            Position before = change.getValue() == null ? positions.remove(id) : positions.put(id, change.getValue());
            if (!Objects.equals(before, change.getValue())) {
                made.put(id, change.getValue());
            }
        }
        if (!made.isEmpty()) {
            Map<String, Position> view = Collections.unmodifiableMap(made);
            for (Consumer<Map<String, Position>> listener : List.copyOf(listeners)) {
                listener.accept(view);
            }
        }
    }

    /** Replaces every position (e.g. with those read from the layout file). */
    public void replaceAll(Map<String, Position> all) {
        Map<String, Position> changes = new LinkedHashMap<>();
        positions.keySet().forEach(id -> changes.put(id, null));
        changes.putAll(all);
        apply(changes);
    }

    /** Hears the changed ids and their new positions (null: forgotten). */
    public void addListener(Consumer<Map<String, Position>> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Consumer<Map<String, Position>> listener) {
        listeners.remove(listener);
    }
}
