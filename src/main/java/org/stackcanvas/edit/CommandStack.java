package org.stackcanvas.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * Undo/redo history: bounded, redo cleared by a new command, no re-entrant execution (a listener
 * that runs a command while one is running is a defect), no-op commands never recorded, and a
 * saved point so the editor knows whether the files differ from disk.
 */
public final class CommandStack {

    private final DocumentStore store;
    private final int limit;
    private final Deque<Command> undo = new ArrayDeque<>();
    private final Deque<Command> redo = new ArrayDeque<>();
    private boolean running;
    /** Commands between the saved state and now: + for undoable steps since, - for undone ones. */
    private int sinceSaved;
    private boolean savedReachable = true;

    public CommandStack(DocumentStore store, int limit) {
        this.store = Objects.requireNonNull(store, "store");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        this.limit = limit;
    }

    public CommandStack(DocumentStore store) {
        this(store, 200);
    }

    /** Runs {@code command}; returns whether it changed anything (and so was recorded). */
    public boolean execute(Command command) throws EditException {
        Objects.requireNonNull(command, "command");
        guard();
        running = true;
        try {
            if (!command.execute(store)) {
                return false;
            }
        } finally {
            running = false;
        }
        if (sinceSaved < 0) {
            savedReachable = false; // the saved state was in the redo branch we are dropping
        }
        redo.clear();
        undo.push(command);
        sinceSaved++;
        if (undo.size() > limit) {
            undo.removeLast();
        }
        return true;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(Command::description);
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(Command::description);
    }

    public void undo() {
        guard();
        Command command = undo.poll();
        if (command == null) {
            return;
        }
        running = true;
        try {
            command.undo(store);
        } finally {
            running = false;
        }
        redo.push(command);
        sinceSaved--;
    }

    public void redo() {
        guard();
        Command command = redo.poll();
        if (command == null) {
            return;
        }
        running = true;
        try {
            command.redo(store);
        } finally {
            running = false;
        }
        undo.push(command);
        sinceSaved++;
    }

    /** Call after saving: the current state is what is on disk. */
    public void markSaved() {
        sinceSaved = 0;
        savedReachable = true;
    }

    public boolean isDirty() {
        return !savedReachable || sinceSaved != 0;
    }

    public int undoSize() {
        return undo.size();
    }

    private void guard() {
        if (running) {
            throw new IllegalStateException("a command is already running; commands must not start commands");
        }
    }
}
