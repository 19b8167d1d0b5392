package org.stackcanvas.ui.run;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.stackcanvas.runtime.PullProgress;

/**
 * Above the status bar while and after an action runs: a strip with the action, a busy bar, the
 * last line Compose wrote and Cancel; below it, during a Pull, one progress bar per image; and the
 * Run output (Compose's full output), opened with its toggle. Hidden until the first action.
 */
public final class RunPanel extends VBox {

    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    private static final PseudoClass SUCCEEDED = PseudoClass.getPseudoClass("succeeded");

    private final RunActions run;
    private final VBox pullRows = new VBox(2);
    private final TextArea output = new TextArea();
    private final ToggleButton showOutput = new ToggleButton("Output");

    public RunPanel(RunActions run) {
        this.run = run;
        getStyleClass().add("run-panel");
        getStylesheets().add(RunPanel.class.getResource("run.css").toExternalForm());
        ProgressBar busy = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        busy.getStyleClass().add("run-busy");
        busy.setPrefWidth(120);
        busy.visibleProperty().bind(run.runningProperty());
        busy.managedProperty().bind(run.runningProperty());
        FontIcon outcome = new FontIcon(MaterialDesignC.CHECK_CIRCLE_OUTLINE);
        outcome.getStyleClass().add("run-outcome");
        outcome.visibleProperty().bind(run.runningProperty().not());
        outcome.managedProperty().bind(run.runningProperty().not());
        Label action = new Label();
        action.getStyleClass().add("run-action");
        action.textProperty().bind(run.actionProperty());
        Label lastLine = new Label();
        lastLine.getStyleClass().add("run-last-line");
        lastLine.textProperty().bind(run.lastLineProperty());
        lastLine.setMaxWidth(Double.MAX_VALUE);
        lastLine.setMinWidth(0);
        HBox.setHgrow(lastLine, Priority.ALWAYS);
        Button cancel = new Button("Cancel", new FontIcon(MaterialDesignS.STOP_CIRCLE_OUTLINE));
        cancel.setId("run-cancel");
        cancel.getStyleClass().add("small");
        cancel.setOnAction(e -> run.cancel());
        cancel.visibleProperty().bind(run.runningProperty());
        cancel.managedProperty().bind(run.runningProperty());
        showOutput.setId("run-show-output");
        showOutput.getStyleClass().add("small");
        org.stackcanvas.ui.HoverTooltip.install(showOutput, "Compose's full output of each action");
        Button close = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
        close.getStyleClass().addAll("flat", "small");
        org.stackcanvas.ui.HoverTooltip.install(close, "Hide");
        close.setOnAction(e -> setShown(false));
        close.visibleProperty().bind(run.runningProperty().not());
        close.managedProperty().bind(run.runningProperty().not());
        HBox strip = new HBox(8, busy, outcome, action, lastLine, showOutput, cancel, close);
        strip.setAlignment(Pos.CENTER_LEFT);
        strip.getStyleClass().add("run-strip");

        pullRows.getStyleClass().add("run-pulls");
        pullRows.visibleProperty().bind(Bindings.isNotEmpty(run.pulls()));
        pullRows.managedProperty().bind(pullRows.visibleProperty());
        run.pulls().addListener((ListChangeListener<PullProgress>) c -> showPulls());

        output.setId("run-output");
        output.setEditable(false);
        output.getStyleClass().add("run-output-text");
        output.setPrefRowCount(10);
        output.visibleProperty().bind(showOutput.selectedProperty());
        output.managedProperty().bind(showOutput.selectedProperty());
        run.output().textProperty().addListener((o, was, now) -> showOutputText(was, now));

        getChildren().addAll(strip, pullRows, output);
        setShown(false);
        run.stateProperty().addListener((o, was, now) -> {
            if (now == RunActions.State.RUNNING) {
                setShown(true);
            }
            pseudoClassStateChanged(FAILED, now == RunActions.State.FAILED);
            pseudoClassStateChanged(SUCCEEDED, now == RunActions.State.SUCCEEDED);
            outcome.setIconCode(switch (now) {
                case FAILED -> MaterialDesignA.ALERT_CIRCLE_OUTLINE;
                case CANCELLED -> MaterialDesignC.CANCEL;
                default -> MaterialDesignC.CHECK_CIRCLE_OUTLINE;
            });
        });
    }

    /** Shows or hides the panel (the Run menu's "Run Output" opens it with the output). */
    public void setShown(boolean shown) {
        setVisible(shown);
        setManaged(shown);
    }

    /** Opens the panel with the Run output. */
    public void showOutput() {
        setShown(true);
        showOutput.setSelected(true);
    }

    private void showOutputText(String was, String now) {
        if (now.startsWith(was) && now.length() >= was.length()) {
            output.appendText(now.substring(was.length()));
        } else {
            output.setText(now);
            output.positionCaret(now.length());
        }
    }

    private void showPulls() {
        pullRows.getChildren().clear();
        for (PullProgress progress : run.pulls()) {
            pullRows.getChildren().add(row(progress));
        }
    }

    private static HBox row(PullProgress progress) {
        Label image = new Label(progress.image());
        image.getStyleClass().add("run-pull-image");
        image.setMinWidth(220);
        image.setPrefWidth(220);
        ProgressBar bar = new ProgressBar(progress.state() == PullProgress.State.PULLING && progress.fraction() < 0
                ? ProgressBar.INDETERMINATE_PROGRESS : progress.fraction());
        bar.setPrefWidth(220);
        bar.getStyleClass().add("run-pull-bar");
        Label status = new Label(progress.status());
        status.getStyleClass().add("run-pull-status");
        status.setMinWidth(0);
        status.setMaxWidth(Double.MAX_VALUE);
        status.setTooltip(new Tooltip(progress.status()));
        // Why a pull failed, and what to do, is read in full.
        status.setWrapText(progress.state() == PullProgress.State.FAILED);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox row = new HBox(8, image, bar, status);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().addAll("run-pull", "run-pull-" + progress.state().name().toLowerCase(java.util.Locale.ROOT));
        row.setUserData(progress);
        return row;
    }
}
