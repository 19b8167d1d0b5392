package org.stackcanvas.ui.canvas;

import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/** The canvas's keyboard shortcuts; each calls one of the canvas's public actions. */
final class CanvasKeys {

    private static final KeyCombination SELECT_ALL = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination DUPLICATE = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FIT =
            new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final CanvasView canvas;

    CanvasKeys(CanvasView canvas) {
        this.canvas = canvas;
    }

    void install() {
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getTarget() instanceof TextInputControl) {
                return; // typing a name: Delete and Ctrl+A belong to the text field
            }
            if (handle(e)) {
                e.consume();
            }
        });
    }

    private boolean handle(KeyEvent e) {
        KeyCode code = e.getCode();
        if ((code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) && !e.isShortcutDown()) {
            canvas.deleteSelection();
        } else if (code == KeyCode.F2) {
            canvas.renameSelected();
        } else if (SELECT_ALL.match(e)) {
            canvas.selectAll();
        } else if (COPY.match(e)) {
            canvas.copy();
        } else if (PASTE.match(e)) {
            canvas.paste();
        } else if (DUPLICATE.match(e)) {
            canvas.duplicate();
        } else if (FIT.match(e)) {
            canvas.fitToView();
        } else if (e.isShortcutDown() && (code == KeyCode.PLUS || code == KeyCode.EQUALS || code == KeyCode.ADD)) {
            canvas.zoomIn();
        } else if (e.isShortcutDown() && (code == KeyCode.MINUS || code == KeyCode.SUBTRACT)) {
            canvas.zoomOut();
        } else if (e.isShortcutDown() && (code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0)) {
            canvas.resetZoom();
        } else {
            return false;
        }
        return true;
    }
}
