package org.stackcanvas.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Several commands as one step of the history (delete a selection, add a template with its
 * volume, drop an element at a position). All or nothing: when a part fails, the parts already
 * made are undone and the failure is passed on. Parts that change nothing are left out.
 */
public final class CompoundCommand implements Command {

    private final String description;
    private final List<Command> parts;
    private final List<Command> done = new ArrayList<>();

    public CompoundCommand(String description, List<? extends Command> parts) {
        this.description = Objects.requireNonNull(description, "description");
        this.parts = List.copyOf(parts);
    }

    @Override
    public String description() {
        return description;
    }

    public List<Command> parts() {
        return parts;
    }

    @Override
    public boolean execute(DocumentStore store) throws EditException {
        done.clear();
        try {
            for (Command part : parts) {
                if (part.execute(store)) {
                    done.add(part);
                }
            }
        } catch (EditException | RuntimeException e) {
            undo(store);
            done.clear();
            throw e;
        }
        return !done.isEmpty();
    }

    @Override
    public void undo(DocumentStore store) {
        for (int i = done.size() - 1; i >= 0; i--) {
            done.get(i).undo(store);
        }
    }

    @Override
    public void redo(DocumentStore store) {
        for (Command part : done) {
            part.redo(store);
        }
    }
}
