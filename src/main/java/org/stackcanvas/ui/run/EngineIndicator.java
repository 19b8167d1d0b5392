package org.stackcanvas.ui.run;

import atlantafx.base.controls.Popover;
import java.util.Objects;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.stackcanvas.runtime.EngineState;

/**
 * The Docker Engine in the status bar: a dot and "Docker 20.10.24" when it answers, "Docker not
 * reachable" in the warning colour when not, with the reason and what to do in the tooltip and,
 * on a click, in a popover to read, copy and retry from.
 */
public final class EngineIndicator extends Label {

    static final PseudoClass UNREACHABLE = PseudoClass.getPseudoClass("unreachable");
    static final PseudoClass CHECKING = PseudoClass.getPseudoClass("checking");

    private static final String STYLESHEET =
            Objects.requireNonNull(EngineIndicator.class.getResource("run.css"), "run.css").toExternalForm();

    private final RuntimeState state;
    private final Tooltip tooltip = new Tooltip();
    private Popover details;

    public EngineIndicator(RuntimeState state) {
        this.state = Objects.requireNonNull(state, "state");
        setId("engine-indicator");
        getStyleClass().add("engine-indicator");
        getStylesheets().add(STYLESHEET);
        Region dot = new Region();
        dot.getStyleClass().add("engine-dot");
        setGraphic(dot);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(480);
        setTooltip(tooltip);
        setOnMouseClicked(e -> showDetails());
        state.engineProperty().addListener((o, was, now) -> show(now));
        show(state.engineProperty().get());
    }

    private void show(EngineState engine) {
        pseudoClassStateChanged(CHECKING, engine == null);
        pseudoClassStateChanged(UNREACHABLE, engine != null && !engine.isReachable());
        if (engine == null) {
            setText("Docker\u2026");
            tooltip.setText("Looking for the Docker Engine");
        } else if (engine.isReachable()) {
            setText("Docker " + engine.version().version());
            tooltip.setText(engine.version() + "\nat " + engine.host());
            if (details != null) {
                details.hide(javafx.util.Duration.ZERO);
            }
        } else {
            setText("Docker not reachable");
            tooltip.setText(engine.problem() + "\n\nClick for details.");
            if (details != null && details.isShowing()) {
                ((TextArea) details.getContentNode().lookup(".engine-problem")).setText(engine.problem());
            }
        }
    }

    /** The whole message, to read and copy, with a way to try again; only while the Engine is away. */
    void showDetails() {
        EngineState engine = state.engineProperty().get();
        if (engine == null || engine.isReachable()) {
            return;
        }
        TextArea message = new TextArea(engine.problem());
        message.getStyleClass().add("engine-problem");
        message.setEditable(false);
        message.setWrapText(true);
        message.setPrefColumnCount(48);
        message.setPrefRowCount(5);
        Button retry = new Button("Try again");
        retry.setDefaultButton(true);
        retry.setOnAction(e -> state.resync());
        Button copy = new Button("Copy message");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(message.getText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        HBox buttons = new HBox(8, retry, copy);
        VBox box = new VBox(8, message, buttons);
        box.getStyleClass().add("engine-details");
        box.getStylesheets().add(STYLESHEET);
        if (details != null) {
            details.hide();
        }
        details = new Popover(box);
        details.setTitle("Docker Engine not reachable");
        details.setHeaderAlwaysVisible(true);
        details.setDetachable(false);
        details.setArrowLocation(Popover.ArrowLocation.BOTTOM_RIGHT);
        details.show(this);
    }

    /** The popover with the full message, while it shows. */
    boolean detailsShowing() {
        return details != null && details.isShowing();
    }

    String detailsText() {
        return details == null ? null : ((TextArea) details.getContentNode().lookup(".engine-problem")).getText();
    }
}
