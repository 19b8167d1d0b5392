package org.stackcanvas.check;

import java.util.Objects;
import org.stackcanvas.edit.Command;

/** A one-click repair for a finding: an undoable edit command and what it does, for the menu. */
public record QuickFix(String description, Command command) {

    public QuickFix {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(command, "command");
    }
}
