package org.stackcanvas.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stackcanvas.document.DocumentParser;
import org.stackcanvas.edit.CommandStack;
import org.stackcanvas.edit.DocumentStore;
import org.stackcanvas.edit.MoveNodesCommand;

class MoveNodesCommandTest {

    @Test
    void oneMoveIsOneUndoStepAndNeverTouchesTheFile() throws Exception {
        String text = "services:\n  web:\n    image: nginx\n";
        DocumentStore store = DocumentStore.of(new DocumentParser().parseText("compose.yaml", text));
        CommandStack stack = new CommandStack(store);
        LayoutState layout = new LayoutState(Map.of("service:web", new Position(10, 10)));
        MoveNodesCommand move = new MoveNodesCommand(layout,
                Map.of("service:web", new Position(50, 60), "network:front", new Position(5, 5)));
        assertThat(stack.execute(move)).isTrue();
        assertThat(layout.position("service:web")).contains(new Position(50, 60));
        assertThat(store.get("compose.yaml").text()).isEqualTo(text);
        stack.undo();
        assertThat(layout.position("service:web")).contains(new Position(10, 10));
        assertThat(layout.position("network:front")).as("was placed by the layouter before").isEmpty();
        stack.redo();
        assertThat(layout.positions()).containsEntry("network:front", new Position(5, 5))
                .containsEntry("service:web", new Position(50, 60));
        assertThat(stack.undoSize()).isEqualTo(1);
    }

    @Test
    void aMoveToTheSamePlaceIsNotRecorded() throws Exception {
        DocumentStore store = DocumentStore.of(new DocumentParser().parseText("compose.yaml", "services: {}\n"));
        CommandStack stack = new CommandStack(store);
        LayoutState layout = new LayoutState(Map.of("service:web", new Position(10, 10)));
        assertThat(stack.execute(new MoveNodesCommand(layout, Map.of("service:web", new Position(10, 10))))).isFalse();
        assertThat(stack.canUndo()).isFalse();
    }
}
