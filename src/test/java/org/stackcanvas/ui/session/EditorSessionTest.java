package org.stackcanvas.ui.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.edit.AddServiceCommand;
import org.stackcanvas.edit.SetAttributeCommand;
import org.stackcanvas.project.ProjectOptions;

/** The editor's view model, without any window. */
class EditorSessionTest {

    private static final String COMPOSE = "services:\n  web:\n    image: nginx:1.25 # pinned\n  db:\n    image: postgres:16\n";

    @TempDir
    Path dir;

    private EditorSession open() throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), COMPOSE);
        return EditorSession.open(ProjectOptions.builder(dir).build());
    }

    @Test
    void aCommandUpdatesTheModelAndMarksDirtyUntilUndone() throws Exception {
        EditorSession session = open();
        assertThat(session.execute(new AddServiceCommand("compose.yaml", "cache", "redis:7"))).isTrue();
        assertThat(session.snapshot().model().services()).containsKey("cache");
        assertThat(session.dirtyProperty().get()).isTrue();
        assertThat(session.statusProperty().get()).isEqualTo("Add service cache");
        session.undo();
        assertThat(session.snapshot().model().services()).doesNotContainKey("cache");
        assertThat(session.dirtyProperty().get()).isFalse();
        session.redo();
        assertThat(session.snapshot().model().services()).containsKey("cache");
    }

    @Test
    void anImpossibleEditIsReportedAndChangesNothing() throws Exception {
        EditorSession session = open();
        assertThat(session.execute(new AddServiceCommand("compose.yaml", "web", "x"))).isFalse();
        assertThat(session.statusProperty().get()).contains("already exists");
        assertThat(session.canUndoProperty().get()).isFalse();
    }

    @Test
    void invalidTextKeepsTheLastGoodModelAndSaysWhere() throws Exception {
        EditorSession session = open();
        session.replaceText("compose.yaml", "services:\n  web:\n    image: [nginx\n");
        assertThat(session.errorProperty().get()).isNotNull();
        assertThat(session.errorProperty().get().location().line()).isEqualTo(3);
        assertThat(session.snapshot().model().services()).containsKeys("web", "db");
        assertThat(session.document("compose.yaml").text()).isEqualTo(COMPOSE);
        session.replaceText("compose.yaml", COMPOSE + "  cache:\n    image: redis:7\n");
        assertThat(session.errorProperty().get()).isNull();
        assertThat(session.snapshot().model().services()).containsKey("cache");
        session.undo();
        assertThat(session.document("compose.yaml").text()).isEqualTo(COMPOSE);
    }

    @Test
    void savingWritesOnlyTheEditedLinesAndClearsDirty() throws Exception {
        EditorSession session = open();
        session.execute(new SetAttributeCommand("compose.yaml", "web", "image", "nginx:1.27"));
        session.save();
        assertThat(Files.readString(dir.resolve("compose.yaml")))
                .isEqualTo(COMPOSE.replace("nginx:1.25", "nginx:1.27"));
        assertThat(session.dirtyProperty().get()).isFalse();
    }

    @Test
    void savingRefusesToOverwriteAFileChangedOnDisk() throws Exception {
        EditorSession session = open();
        session.execute(new SetAttributeCommand("compose.yaml", "web", "image", "nginx:1.27"));
        Files.writeString(dir.resolve("compose.yaml"), COMPOSE + "# changed elsewhere\n");
        assertThat(session.changedOnDisk()).containsExactly("compose.yaml");
        assertThatThrownBy(session::save).isInstanceOf(DocumentException.class).hasMessageContaining("changed on disk");
        assertThat(Files.readString(dir.resolve("compose.yaml"))).endsWith("# changed elsewhere\n");
    }

    @Test
    void selectionDropsElementsThatNoLongerExist() throws Exception {
        EditorSession session = open();
        session.selection().add(ElementRef.service("db"));
        session.replaceText("compose.yaml", "services:\n  web:\n    image: nginx\n");
        assertThat(session.selection()).isEmpty();
    }

    @Test
    void aCommandThatChangesNoFileDoesNotDeriveTheProjectAgain() throws Exception {
        EditorSession session = open();
        ProjectSnapshot before = session.snapshot();
        long revision = session.revisionProperty().get();
        org.stackcanvas.diagram.LayoutState layout = new org.stackcanvas.diagram.LayoutState();
        assertThat(session.execute(new org.stackcanvas.edit.MoveNodesCommand(layout,
                java.util.Map.of("service:web", new org.stackcanvas.diagram.Position(40, 60)), "Move web"))).isTrue();
        assertThat(session.snapshot()).isSameAs(before);
        assertThat(session.revisionProperty().get()).isEqualTo(revision);
        assertThat(session.canUndoProperty().get()).isTrue();
        assertThat(session.statusProperty().get()).isEqualTo("Move web");
        session.execute(new SetAttributeCommand("compose.yaml", "web", "image", "nginx:1.27"));
        assertThat(session.snapshot()).isNotSameAs(before);
        assertThat(session.revisionProperty().get()).isEqualTo(revision + 1);
    }

    @Test
    void untitledProjectsAskForAPlace() throws Exception {
        Files.writeString(dir.resolve("compose.yaml"), COMPOSE);
        EditorSession session = EditorSession.openUntitled(ProjectOptions.builder(dir).build());
        assertThatThrownBy(session::save).hasMessageContaining("Save As");
    }
}
