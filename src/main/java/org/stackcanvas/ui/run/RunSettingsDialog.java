package org.stackcanvas.ui.run;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.stackcanvas.runtime.ComposeCli;

/** Project name and the Compose programs: the Run Settings dialog. */
final class RunSettingsDialog {

    private final Dialog<RunPrompts.SettingsForm> dialog = new Dialog<>();
    private final TextField projectName = new TextField();
    private final TextField docker = new TextField();
    private final TextField dockerCompose = new TextField();
    private final Label problem = new Label();

    RunSettingsDialog(Window owner, RunPrompts.SettingsForm current, String defaultName) {
        dialog.initOwner(owner);
        dialog.setTitle("Run Settings");
        dialog.setHeaderText("How the stack is run");
        projectName.setId("run-settings-project");
        docker.setId("run-settings-docker");
        dockerCompose.setId("run-settings-docker-compose");
        projectName.setText(current.projectName());
        projectName.setPromptText(defaultName);
        docker.setText(current.docker());
        docker.setPromptText(ComposeCli.DEFAULT_DOCKER);
        dockerCompose.setText(current.dockerCompose());
        dockerCompose.setPromptText(ComposeCli.DEFAULT_DOCKER_COMPOSE);
        problem.getStyleClass().add("danger");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Project name"), projectName);
        grid.add(hint("Empty: '" + defaultName + "', from the file's top-level name: or the folder. Compose gets it with -p."),
                1, 1);
        grid.addRow(2, new Label("docker"), docker);
        grid.addRow(3, new Label("docker-compose"), dockerCompose);
        grid.add(hint("'docker compose' (v2) is used when it works, else 'docker-compose' (v1). Empty: found on PATH."),
                1, 4);
        grid.add(problem, 1, 5);
        projectName.setPrefColumnCount(28);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            String name = projectName.getText().strip();
            if (!name.isEmpty() && !RunSettings.PROJECT_NAME.matcher(name).matches()) {
                problem.setText("A project name has lowercase letters, digits, '-' and '_', and starts with a letter"
                        + " or digit.");
                e.consume();
            }
        });
        dialog.setResultConverter(button -> button == ButtonType.OK ? new RunPrompts.SettingsForm(
                projectName.getText().strip(), docker.getText().strip(), dockerCompose.getText().strip()) : null);
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        label.setWrapText(true);
        label.setMaxWidth(380);
        return label;
    }

    Optional<RunPrompts.SettingsForm> showAndWait() {
        return dialog.showAndWait();
    }
}
