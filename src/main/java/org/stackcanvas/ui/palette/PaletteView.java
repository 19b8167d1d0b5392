package org.stackcanvas.ui.palette;

import java.util.Objects;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.stackcanvas.ui.icons.NodeIcons;

/**
 * The elements a stack is made of, to drag onto the canvas (or double-click to add in the middle).
 * The drag is followed with plain mouse events and handed to a {@link PaletteDropTarget}, so the
 * canvas can show where the element lands and create it in one undoable step.
 */
public final class PaletteView extends ScrollPane {

    private final PaletteDropTarget target;

    public PaletteView(PaletteDropTarget target) {
        this.target = Objects.requireNonNull(target, "target");
        getStyleClass().add("palette");
        getStylesheets().add(PaletteView.class.getResource("/org/stackcanvas/ui/palette/palette.css").toExternalForm());
        VBox list = new VBox();
        list.getStyleClass().add("palette-list");
        list.getChildren().add(heading("Services"));
        list.getChildren().add(entry(PaletteEntry.SERVICE));
        list.getChildren().add(heading("Templates"));
        for (PaletteEntry e : PaletteEntry.values()) {
            if (e.isTemplate()) {
                list.getChildren().add(entry(e));
            }
        }
        list.getChildren().add(heading("Resources"));
        for (PaletteEntry e : new PaletteEntry[] {PaletteEntry.NETWORK, PaletteEntry.VOLUME, PaletteEntry.SECRET,
                PaletteEntry.CONFIG, PaletteEntry.ENV_FILE}) {
            list.getChildren().add(entry(e));
        }
        setContent(list);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("palette-heading");
        return label;
    }

    private HBox entry(PaletteEntry entry) {
        Label label = new Label(entry.label());
        HBox row = new HBox(NodeIcons.icon(entry.icon()), label);
        row.getStyleClass().addAll("palette-entry", entry.styleId());
        row.setUserData(entry);
        row.setCursor(Cursor.OPEN_HAND);
        org.stackcanvas.ui.HoverTooltip.install(row, entry == PaletteEntry.ENV_FILE
                ? "Drag onto a service to give it an env file"
                : "Drag onto the canvas, or double-click to add");
        boolean[] dragging = {false};
        row.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> dragging[0] = false);
        row.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                dragging[0] = true;
                row.setCursor(target.previewDrop(entry, e.getSceneX(), e.getSceneY()) ? Cursor.CLOSED_HAND : Cursor.DEFAULT);
            }
        });
        row.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            row.setCursor(Cursor.OPEN_HAND);
            if (dragging[0]) {
                dragging[0] = false;
                target.cancelPreview();
                target.drop(entry, e.getSceneX(), e.getSceneY());
            }
        });
        row.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && e.isStillSincePress()) {
                target.add(entry);
            }
        });
        return row;
    }
}
