package org.stackcanvas.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.DocumentParser;

/** Runs one command the way the editor does and checks the contract every command keeps. */
final class Edits {

    static final String FILE = "compose.yaml";

    private Edits() {
    }

    static ComposeDocument doc(String text) throws DocumentException {
        return new DocumentParser().parseText(FILE, text);
    }

    /**
     * Executes {@code command} on {@code text} and returns the new text, after checking that it was
     * recorded, that undo gives back the exact input and redo the exact result.
     */
    static String edit(String text, Command command) throws Exception {
        ComposeDocument before = doc(text);
        DocumentStore store = DocumentStore.of(before);
        CommandStack stack = new CommandStack(store);
        assertThat(stack.execute(command)).as("%s changed the file", command.description()).isTrue();
        assertThat(stack.undoDescription()).contains(command.description());
        ComposeDocument after = store.get(FILE);
        stack.undo();
        assertThat(store.get(FILE).text()).as("undo").isEqualTo(text);
        assertThat(store.get(FILE).toBytes()).isEqualTo(before.toBytes());
        stack.redo();
        assertThat(store.get(FILE).text()).as("redo").isEqualTo(after.text());
        return after.text();
    }

    /** Executes {@code command}, which must change nothing and so leave no undo entry. */
    static void assertNoOp(String text, Command command) throws Exception {
        DocumentStore store = DocumentStore.of(doc(text));
        CommandStack stack = new CommandStack(store);
        assertThat(stack.execute(command)).as("%s is a no-op", command.description()).isFalse();
        assertThat(stack.canUndo()).isFalse();
        assertThat(stack.isDirty()).isFalse();
        assertThat(store.get(FILE).text()).isEqualTo(text);
    }

    /** Executes {@code command}, which must fail with an {@link EditException} and leave the file as it was. */
    static EditException failure(String text, Command command) throws Exception {
        DocumentStore store = DocumentStore.of(doc(text));
        CommandStack stack = new CommandStack(store);
        EditException e = catchThrowableOfType(EditException.class, () -> stack.execute(command));
        assertThat(e).as("%s fails with an EditException", command.description()).isNotNull();
        assertThat(stack.canUndo()).isFalse();
        assertThat(store.get(FILE).text()).isEqualTo(text);
        return e;
    }
}
