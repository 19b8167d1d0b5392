package org.stackcanvas.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.stackcanvas.edit.Edits.FILE;
import static org.stackcanvas.edit.Edits.doc;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CommandStackTest {

    private DocumentStore store;

    @BeforeEach
    void open() throws Exception {
        store = DocumentStore.of(doc("services:\n  web:\n    image: v0\n"));
    }

    private static Command image(String tag) {
        return new SetAttributeCommand(FILE, "web", "image", tag);
    }

    private String image() throws Exception {
        return ComposeEditor.service(store.get(FILE), "web").orElseThrow().text("image").orElseThrow();
    }

    @Test
    void historyIsBoundedDroppingTheOldestSteps() throws Exception {
        CommandStack stack = new CommandStack(store, 3);
        for (int i = 1; i <= 5; i++) {
            stack.execute(image("v" + i));
        }
        assertThat(stack.undoSize()).isEqualTo(3);
        while (stack.canUndo()) {
            stack.undo();
        }
        assertThat(image()).isEqualTo("v2");
        assertThat(stack.isDirty()).isTrue();
    }

    @Test
    void aNewCommandClearsRedo() throws Exception {
        CommandStack stack = new CommandStack(store);
        stack.execute(image("v1"));
        stack.undo();
        assertThat(stack.canRedo()).isTrue();
        assertThat(stack.redoDescription()).contains("Set image of web");
        stack.execute(image("v2"));
        assertThat(stack.canRedo()).isFalse();
        stack.redo();
        assertThat(image()).isEqualTo("v2");
    }

    @Test
    void aNoOpIsNotRecorded() throws Exception {
        CommandStack stack = new CommandStack(store);
        assertThat(stack.execute(image("v0"))).isFalse();
        assertThat(stack.canUndo()).isFalse();
        assertThat(stack.isDirty()).isFalse();
    }

    @Test
    void aFailedCommandIsNotRecordedAndChangesNothing() throws Exception {
        CommandStack stack = new CommandStack(store);
        String before = store.get(FILE).text();
        assertThatThrownBy(() -> stack.execute(new SetAttributeCommand(FILE, "nope", "image", "x")))
                .isInstanceOf(EditException.class);
        assertThat(stack.canUndo()).isFalse();
        assertThat(store.get(FILE).text()).isEqualTo(before);
    }

    @Test
    void aListenerThatRunsACommandIsRefusedAndTheStackStaysUsable() throws Exception {
        CommandStack stack = new CommandStack(store);
        List<Throwable> refused = new ArrayList<>();
        java.util.function.Consumer<org.stackcanvas.document.ComposeDocument> reentrant = doc -> {
            try {
                stack.execute(image("from-listener"));
            } catch (IllegalStateException e) {
                refused.add(e);
            } catch (EditException e) {
                throw new AssertionError(e);
            }
        };
        store.addListener(reentrant);
        stack.execute(image("v1"));
        stack.undo();
        stack.redo();
        assertThat(refused).hasSize(3).allSatisfy(e -> assertThat(e).hasMessageContaining("already running"));
        store.removeListener(reentrant);
        assertThat(image()).isEqualTo("v1");
        assertThat(stack.undoSize()).isEqualTo(1);
        assertThat(stack.execute(image("v2"))).isTrue();
    }

    @Test
    void aReentrantCallThatEscapesTheListenerFailsTheOuterCall() throws Exception {
        CommandStack stack = new CommandStack(store);
        store.addListener(doc -> {
            try {
                stack.execute(image("nested"));
            } catch (EditException e) {
                throw new AssertionError(e);
            }
        });
        assertThatThrownBy(() -> stack.execute(image("v1"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void dirtyFollowsTheSavedPoint() throws Exception {
        CommandStack stack = new CommandStack(store);
        assertThat(stack.isDirty()).isFalse();
        stack.execute(image("v1"));
        assertThat(stack.isDirty()).isTrue();
        stack.markSaved();
        assertThat(stack.isDirty()).isFalse();
        stack.undo();
        assertThat(stack.isDirty()).isTrue();
        stack.redo();
        assertThat(stack.isDirty()).isFalse();
        stack.undo();
        stack.execute(image("v2"));
        assertThat(stack.isDirty()).as("the saved state is gone with the redo branch").isTrue();
        stack.undo();
        assertThat(stack.isDirty()).as("back before the saved state, which cannot be redone").isTrue();
        stack.markSaved();
        assertThat(stack.isDirty()).isFalse();
    }

    @Test
    void undoAndRedoWithNothingToDoAreHarmless() throws Exception {
        CommandStack stack = new CommandStack(store);
        stack.undo();
        stack.redo();
        assertThat(stack.isDirty()).isFalse();
        assertThat(stack.undoDescription()).isEmpty();
    }
}
