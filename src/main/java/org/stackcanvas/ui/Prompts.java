package org.stackcanvas.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The questions the window asks the user; replaceable so tests can answer them. */
public interface Prompts {

    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    UnsavedChoice unsavedChanges(String projectName);

    Optional<Path> chooseComposeFile(boolean forSaving, String suggestedName);

    Optional<Path> chooseFolder();

    Optional<Path> chooseExportFile(String suggestedName);

    /** The files changed on disk: reload them (true) or keep the editor's version (false)? */
    boolean reloadChangedFiles(List<String> files);

    void error(String title, String message);

    /** Standard dialogs owned by {@code owner}. */
    static Prompts dialogs(Window owner) {
        return new Prompts() {
            @Override
            public UnsavedChoice unsavedChanges(String projectName) {
                ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
                ButtonType discard = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
                Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                        "Save the changes to " + projectName + " before closing?", save, discard, ButtonType.CANCEL);
                alert.initOwner(owner);
                alert.setHeaderText("Unsaved changes");
                Optional<ButtonType> answer = alert.showAndWait();
                return answer.map(b -> b == save ? UnsavedChoice.SAVE : b == discard ? UnsavedChoice.DISCARD
                        : UnsavedChoice.CANCEL).orElse(UnsavedChoice.CANCEL);
            }

            @Override
            public Optional<Path> chooseComposeFile(boolean forSaving, String suggestedName) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(forSaving ? "Save compose file" : "Open compose file");
                chooser.getExtensionFilters().addAll(
                        new FileChooser.ExtensionFilter("Compose files", "*.yaml", "*.yml"),
                        new FileChooser.ExtensionFilter("All files", "*"));
                chooser.setInitialFileName(suggestedName);
                File file = forSaving ? chooser.showSaveDialog(owner) : chooser.showOpenDialog(owner);
                return Optional.ofNullable(file).map(File::toPath);
            }

            @Override
            public Optional<Path> chooseFolder() {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle("Open a folder with a compose project");
                return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> chooseExportFile(String suggestedName) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle("Export diagram");
                chooser.setInitialFileName(suggestedName);
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
            }

            @Override
            public boolean reloadChangedFiles(List<String> files) {
                ButtonType reload = new ButtonType("Reload", ButtonBar.ButtonData.YES);
                ButtonType keep = new ButtonType("Keep mine", ButtonBar.ButtonData.NO);
                Alert alert = new Alert(Alert.AlertType.WARNING, String.join("\n", files)
                        + "\n\nchanged on disk. Reload and lose the editor's unsaved changes, or keep the editor's version?",
                        reload, keep);
                alert.initOwner(owner);
                alert.setHeaderText("Files changed on disk");
                return alert.showAndWait().map(b -> b == reload).orElse(false);
            }

            @Override
            public void error(String title, String message) {
                Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
                alert.initOwner(owner);
                alert.setHeaderText(title);
                alert.showAndWait();
            }
        };
    }
}
