package org.stackcanvas.ui.canvas;

import javafx.animation.PauseTransition;
import javafx.scene.control.Label;
import javafx.util.Duration;

/** A short message near the bottom of the canvas saying why a gesture did nothing; it fades after a few seconds. */
final class CanvasHint extends Label {

    private final PauseTransition timer = new PauseTransition(Duration.seconds(4));

    CanvasHint() {
        getStyleClass().add("canvas-hint");
        setVisible(false);
        setMouseTransparent(true);
        timer.setOnFinished(e -> setVisible(false));
    }

    void show(String message) {
        setText(message);
        setVisible(true);
        timer.playFromStart();
    }
}
