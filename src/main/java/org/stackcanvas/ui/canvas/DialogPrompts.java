package org.stackcanvas.ui.canvas;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.TextInputDialog;

/** {@link CanvasPrompts} as small modal dialogs over the canvas's window. */
final class DialogPrompts implements CanvasPrompts {

    private static final List<String> CONDITIONS =
            List.of("service_started", "service_healthy", "service_completed_successfully");

    private final Node owner;

    DialogPrompts(Node owner) {
        this.owner = owner;
    }

    @Override
    public Optional<String> mountTarget(String service, String source, String suggested) {
        TextInputDialog dialog = new TextInputDialog(suggested);
        dialog.setTitle("Mount " + source);
        dialog.setHeaderText("Mount " + source + " into " + service);
        dialog.setContentText("Path inside the container:");
        own(dialog);
        return dialog.showAndWait().map(String::trim).filter(s -> !s.isEmpty());
    }

    @Override
    public Optional<String> dependencyCondition(String service, String dependency) {
        ChoiceDialog<String> dialog = new ChoiceDialog<>("service_started", CONDITIONS);
        dialog.setTitle("Dependency");
        dialog.setHeaderText(service + " starts after " + dependency);
        dialog.setContentText("Wait until " + dependency + " is:");
        own(dialog);
        return dialog.showAndWait();
    }

    private void own(javafx.scene.control.Dialog<?> dialog) {
        if (owner.getScene() != null && owner.getScene().getWindow() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
    }
}
