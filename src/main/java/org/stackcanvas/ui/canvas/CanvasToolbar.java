package org.stackcanvas.ui.canvas;

import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** The canvas's own zoom, fit and arrange buttons, in its top-right corner. */
final class CanvasToolbar extends HBox {

    CanvasToolbar(CanvasView canvas) {
        getChildren().addAll(
                button(MaterialDesignM.MAGNIFY_PLUS_OUTLINE, "Zoom in (Ctrl+Plus)", "zoom-in", canvas::zoomIn),
                button(MaterialDesignM.MAGNIFY_MINUS_OUTLINE, "Zoom out (Ctrl+Minus)", "zoom-out", canvas::zoomOut),
                button(MaterialDesignF.FIT_TO_SCREEN_OUTLINE, "Fit to view (Ctrl+Shift+F)", "fit", canvas::fitToView),
                button(MaterialDesignS.SITEMAP_OUTLINE, "Arrange automatically", "auto-layout", canvas::autoLayout));
        getStyleClass().add("canvas-toolbar");
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    }

    private static Button button(Ikon icon, String tip, String styleClass, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll("canvas-tool", styleClass);
        org.stackcanvas.ui.HoverTooltip.install(button, tip);
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }
}
