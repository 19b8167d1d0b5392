package org.stackcanvas.edit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.stackcanvas.diagram.LayoutState;
import org.stackcanvas.diagram.Position;

/**
 * Moves canvas nodes: one drag (of one node or a whole selection) is one step of the history. It
 * changes the layout state only, never a compose file. A null position means "placed by the
 * layouter"; undo gives back exactly the positions (or their absence) from before.
 */
public final class MoveNodesCommand implements Command {

    private final LayoutState layout;
    private final Map<String, Position> after;
    private final Map<String, Position> before = new LinkedHashMap<>();
    private final String description;

    public MoveNodesCommand(LayoutState layout, Map<String, Position> after, String description) {
        this.layout = Objects.requireNonNull(layout, "layout");
        this.after = new LinkedHashMap<>(after);
        this.description = Objects.requireNonNull(description, "description");
    }

    public MoveNodesCommand(LayoutState layout, Map<String, Position> after) {
        this(layout, after, after.size() == 1 ? "Move " + after.keySet().iterator().next().replaceFirst("^[a-z]+:", "")
                : "Move " + after.size() + " elements");
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public boolean execute(DocumentStore store) {
        before.clear();
        boolean changes = false;
        for (Map.Entry<String, Position> e : after.entrySet()) {
            Position old = layout.position(e.getKey()).orElse(null);
            before.put(e.getKey(), old);
            changes |= !Objects.equals(old, e.getValue());
        }
        if (changes) {
            layout.apply(after);
        }
        return changes;
    }

    @Override
    public void undo(DocumentStore store) {
        layout.apply(before);
    }

    @Override
    public void redo(DocumentStore store) {
        layout.apply(after);
    }
}
