package org.stackcanvas.ui.run;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The questions Run actions ask; replaceable so tests can answer them. */
public interface RunPrompts {

    enum DownChoice { CONTAINERS, CONTAINERS_AND_VOLUMES, CANCEL }

    /** The settings as the dialog edits them; blank fields mean "the default". */
    record SettingsForm(String projectName, String docker, String dockerCompose) {
    }

    /** Unsaved changes before running: save and run (true), or cancel (false). */
    boolean saveBeforeRun(String projectTitle, boolean untitled);

    /** Down: also remove the project's named volumes? */
    DownChoice down(String projectName);

    /** An action failed or could not start: Compose's (or the Engine's) message, and the action's output. */
    void failure(String title, String message, String output);

    /** The Run Settings dialog; empty when cancelled. {@code defaultName} is the name without an override. */
    Optional<SettingsForm> editSettings(SettingsForm current, String defaultName);

    /** Standard dialogs owned by {@code owner}. */
    static RunPrompts dialogs(Window owner) {
        return new RunPrompts() {
            @Override
            public boolean saveBeforeRun(String projectTitle, boolean untitled) {
                ButtonType save = new ButtonType("Save and run", ButtonBar.ButtonData.OK_DONE);
                Alert alert = new Alert(Alert.AlertType.CONFIRMATION, untitled
                        ? "Compose runs the files on disk. This project has no file of its own yet: choose where to"
                                + " save it, then it runs from there."
                        : "Compose runs the files on disk, so the changes to " + projectTitle
                                + " are saved first.", save, ButtonType.CANCEL);
                alert.initOwner(owner);
                alert.setHeaderText("Save before running?");
                return alert.showAndWait().map(b -> b == save).orElse(false);
            }

            @Override
            public DownChoice down(String projectName) {
                ButtonType containers = new ButtonType("Remove containers", ButtonBar.ButtonData.OK_DONE);
                ButtonType volumes = new ButtonType("Remove containers and volumes", ButtonBar.ButtonData.OTHER);
                Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Down stops and removes the containers and"
                        + " networks of project '" + projectName + "'. Named volumes keep their data unless they"
                        + " are removed too.", containers, volumes, ButtonType.CANCEL);
                alert.initOwner(owner);
                alert.setHeaderText("Also remove named volumes?");
                alert.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
                for (ButtonType type : alert.getButtonTypes()) {
                    ((Region) alert.getDialogPane().lookupButton(type)).setMinWidth(Region.USE_PREF_SIZE);
                }
                return alert.showAndWait().map(b -> b == containers ? DownChoice.CONTAINERS
                        : b == volumes ? DownChoice.CONTAINERS_AND_VOLUMES : DownChoice.CANCEL)
                        .orElse(DownChoice.CANCEL);
            }

            @Override
            public void failure(String title, String message, String output) {
                Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
                alert.initOwner(owner);
                alert.setHeaderText(title);
                alert.getDialogPane().setMinWidth(560);
                if (output != null && !output.isBlank()) {
                    TextArea text = new TextArea(output);
                    text.setEditable(false);
                    text.setWrapText(false);
                    text.getStyleClass().add("run-output-text");
                    VBox.setVgrow(text, Priority.ALWAYS);
                    alert.getDialogPane().setExpandableContent(new VBox(4, new Label("Compose's output:"), text));
                }
                alert.showAndWait();
            }

            @Override
            public Optional<SettingsForm> editSettings(SettingsForm current, String defaultName) {
                return new RunSettingsDialog(owner, current, defaultName).showAndWait();
            }
        };
    }
}
