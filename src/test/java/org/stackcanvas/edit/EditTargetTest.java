package org.stackcanvas.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.project.LoadedProject;
import org.stackcanvas.project.ProjectLoader;
import org.stackcanvas.project.ProjectOptions;

class EditTargetTest {

    private LoadedProject load() throws Exception {
        return new ProjectLoader().load(ProjectOptions.forDirectory(Path.of("src/test/resources/fixtures/edit-target")));
    }

    @Test
    void editsGoWhereTheEffectiveValueIsWritten() throws Exception {
        LoadedProject project = load();
        assertThat(EditTarget.forAttribute(project, "web", "image")).isEqualTo("compose.yaml");
        assertThat(EditTarget.forAttribute(project, "db", "image")).isEqualTo("compose.override.yaml");
    }

    @Test
    void newAttributesGoToTheFileThatFirstDefinesTheService() throws Exception {
        assertThat(EditTarget.forAttribute(load(), "web", "restart")).isEqualTo("compose.yaml");
    }

    @Test
    void anEditThroughTheTargetChangesOnlyThatFile() throws Exception {
        LoadedProject project = load();
        DocumentStore store = DocumentStore.of(project.documents().toArray(ComposeDocument[]::new));
        String file = EditTarget.forAttribute(project, "db", "image");
        new CommandStack(store).execute(new SetAttributeCommand(file, "db", "image", "postgres:17.2"));
        assertThat(store.get("compose.override.yaml").text()).contains("image: postgres:17.2");
        assertThat(store.get("compose.yaml").text()).isEqualTo(project.document("compose.yaml").orElseThrow().text());
    }

    @Test
    void unknownServiceIsAClearError() {
        assertThatThrownBy(() -> EditTarget.forAttribute(load(), "nope", "image"))
                .isInstanceOf(EditException.class).hasMessageContaining("no active service 'nope'");
    }
}
