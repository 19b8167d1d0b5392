package org.stackcanvas.ui.canvas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import org.stackcanvas.diagram.NodeBox;
import org.stackcanvas.diagram.NodeKind;
import org.stackcanvas.diagram.Position;
import org.stackcanvas.edit.MoveNodesCommand;
import org.stackcanvas.ui.palette.PaletteEntry;

/**
 * The mouse on the canvas. A drag previews live (only the moved nodes and their wires change) and
 * commits one command on release. Drag on empty space pans, Shift+drag draws a selection marquee,
 * the wheel scrolls and Ctrl+wheel zooms; the round handle of a node draws a wire.
 */
final class CanvasGestures {

    private final CanvasView canvas;
    private final Rectangle marquee = new Rectangle();
    private final Line wire = new Line();
    private final Rectangle ghost = new Rectangle();
    private Point2D start;
    private Point2D panLast;
    private boolean marqueeing;
    private boolean moved;
    private final Map<String, Position> origins = new LinkedHashMap<>();
    private String wireFrom;
    private String dropTarget;
    private TextField renaming;

    CanvasGestures(CanvasView canvas) {
        this.canvas = canvas;
        marquee.getStyleClass().add("canvas-marquee");
        wire.getStyleClass().add("canvas-wire-preview");
        ghost.getStyleClass().add("canvas-drop-ghost");
        for (javafx.scene.Node n : List.of(marquee, wire, ghost)) {
            n.setVisible(false);
            n.setManaged(false);
        }
        canvas.overlay.getChildren().addAll(marquee, wire, ghost);
    }

    void installViewport() {
        canvas.viewport.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            canvas.requestFocus();
            start = canvas.toWorld(e.getSceneX(), e.getSceneY());
            marqueeing = e.getButton() == MouseButton.PRIMARY && e.isShiftDown();
            panLast = new Point2D(e.getSceneX(), e.getSceneY());
            moved = false;
        });
        canvas.viewport.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (start == null) {
                return;
            }
            moved = true;
            if (marqueeing) {
                Point2D p = canvas.toWorld(e.getSceneX(), e.getSceneY());
                marquee.setX(Math.min(start.getX(), p.getX()));
                marquee.setY(Math.min(start.getY(), p.getY()));
                marquee.setWidth(Math.abs(p.getX() - start.getX()));
                marquee.setHeight(Math.abs(p.getY() - start.getY()));
                marquee.setVisible(true);
            } else {
                canvas.viewport.setCursor(Cursor.MOVE);
                canvas.panBy(e.getSceneX() - panLast.getX(), e.getSceneY() - panLast.getY());
                panLast = new Point2D(e.getSceneX(), e.getSceneY());
            }
        });
        canvas.viewport.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            canvas.viewport.setCursor(Cursor.DEFAULT);
            if (start == null) {
                return;
            }
            if (marqueeing && moved) {
                List<String> inside = new ArrayList<>();
                for (NodeBox b : canvas.boxes.values()) {
                    if (b.x() < marquee.getX() + marquee.getWidth() && marquee.getX() < b.x() + b.width()
                            && b.y() < marquee.getY() + marquee.getHeight() && marquee.getY() < b.y() + b.height()) {
                        inside.add(b.id());
                    }
                }
                if (e.isShortcutDown()) {
                    inside.addAll(canvas.selectedIds());
                }
                canvas.select(inside);
            } else if (!moved && !e.isShortcutDown()) {
                canvas.session.selection().clear();
            }
            marquee.setVisible(false);
            start = null;
        });
        canvas.viewport.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() || e.isControlDown()) {
                Point2D p = canvas.viewport.sceneToLocal(e.getSceneX(), e.getSceneY());
                canvas.zoomAt(e.getDeltaY() > 0 ? 1.1 : 1 / 1.1, p.getX(), p.getY());
            } else {
                canvas.panBy(e.getDeltaX(), e.getDeltaY());
            }
            e.consume();
        });
    }

    void installNode(NodeView view) {
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.SECONDARY) {
                // The context menu's click: no pan, no drag, and the selection stays as it is.
                e.consume();
                canvas.requestFocus();
                start = null;
                canvas.nodeMenu.show(view, e.getScreenX(), e.getScreenY());
                return;
            }
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            e.consume();
            canvas.requestFocus();
            String id = view.nodeId();
            Set<String> selected = canvas.selectedIds();
            if (e.isShortcutDown()) {
                if (selected.contains(id)) {
                    selected.remove(id);
                } else {
                    selected.add(id);
                }
                canvas.select(selected);
            } else if (!selected.contains(id)) {
                canvas.select(List.of(id));
            }
            start = null;
            moved = false;
            origins.clear();
            for (String sid : canvas.selectedIds()) {
                NodeBox box = canvas.boxes.get(sid);
                if (box != null) {
                    origins.put(sid, new Position(box.x(), box.y()));
                }
            }
            raiseDragged();
            start = canvas.toWorld(e.getSceneX(), e.getSceneY());
        });
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            e.consume();
            if (start == null || origins.isEmpty()) {
                return;
            }
            Point2D p = canvas.toWorld(e.getSceneX(), e.getSceneY());
            dragBy(p.getX() - start.getX(), p.getY() - start.getY());
        });
        view.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            e.consume();
            if (moved) {
                commitMove();
            } else if (start != null && !e.isShortcutDown() && e.isStillSincePress()) {
                canvas.select(List.of(view.nodeId()));
            }
            start = null;
            origins.clear();
        });
        view.nameLabel().addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getClickCount() == 2 && view.kind() == NodeKind.SERVICE) {
                startRename(view);
            }
        });
        installHandle(view);
        canvas.nodeMenu.install(view);
    }

    /** Moves the dragged nodes by a world-space delta: the live preview, nothing recorded yet. */
    void dragBy(double dx, double dy) {
        moved = true;
        origins.forEach((id, o) -> canvas.place(id, o.x() + dx, o.y() + dy));
    }

    /** The whole drag as one step of the history. */
    void commitMove() {
        Map<String, Position> after = new LinkedHashMap<>();
        for (String id : origins.keySet()) {
            NodeBox box = canvas.boxes.get(id);
            if (box != null) {
                after.put(id, new Position(Math.round(box.x()), Math.round(box.y())));
            }
        }
        moved = false;
        if (!canvas.session.execute(new MoveNodesCommand(canvas.layout, after))) {
            origins.forEach((id, o) -> canvas.place(id, o.x(), o.y()));
        }
    }

    /** For the benchmark and tests: start a drag of the current selection. */
    void beginDrag() {
        origins.clear();
        for (String sid : canvas.selectedIds()) {
            NodeBox box = canvas.boxes.get(sid);
            if (box != null) {
                origins.put(sid, new Position(box.x(), box.y()));
            }
        }
        raiseDragged();
    }

    /** Dragged cards pass over the others, not under them (once per drag, not per pulse). */
    private void raiseDragged() {
        for (String id : origins.keySet()) {
            NodeView view = canvas.nodeViews.get(id);
            if (view != null) {
                view.toFront();
            }
        }
    }

    private void installHandle(NodeView view) {
        view.handle().addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            e.consume();
            canvas.requestFocus();
            wireFrom = view.nodeId();
            NodeBox box = canvas.boxes.get(wireFrom);
            wire.setStartX(box.x() + box.width());
            wire.setStartY(box.centerY());
            wire.setEndX(box.x() + box.width());
            wire.setEndY(box.centerY());
            wire.setVisible(true);
        });
        view.handle().addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            e.consume();
            Point2D p = canvas.toWorld(e.getSceneX(), e.getSceneY());
            wire.setEndX(p.getX());
            wire.setEndY(p.getY());
            String over = canvas.nodeAt(p);
            markDropTarget(over != null && !over.equals(wireFrom) ? over : null);
        });
        view.handle().addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            e.consume();
            wire.setVisible(false);
            markDropTarget(null);
            String from = wireFrom;
            wireFrom = null;
            String to = canvas.nodeAt(canvas.toWorld(e.getSceneX(), e.getSceneY()));
            if (from != null && to != null && !to.equals(from)) {
                canvas.actions.connect(from, to);
            }
        });
    }

    private void markDropTarget(String id) {
        if (dropTarget != null && canvas.nodeViews.containsKey(dropTarget)) {
            canvas.nodeViews.get(dropTarget).setDropTarget(false);
        }
        dropTarget = id;
        if (id != null && canvas.nodeViews.containsKey(id)) {
            canvas.nodeViews.get(id).setDropTarget(true);
        }
    }

    boolean previewDrop(PaletteEntry entry, double sceneX, double sceneY) {
        if (!canvas.containsScenePoint(sceneX, sceneY)) {
            cancelPreview();
            return false;
        }
        Point2D p = canvas.toWorld(sceneX, sceneY);
        if (entry == PaletteEntry.ENV_FILE) {
            String over = canvas.nodeAt(p);
            boolean onService = over != null && canvas.nodeViews.get(over).kind() == NodeKind.SERVICE;
            markDropTarget(onService ? over : null);
            ghost.setVisible(false);
            return onService;
        }
        double[] size = CanvasActions.size(entry.kind());
        ghost.setX(p.getX() - size[0] / 2);
        ghost.setY(p.getY() - size[1] / 2);
        ghost.setWidth(size[0]);
        ghost.setHeight(size[1]);
        ghost.setVisible(true);
        return true;
    }

    void cancelPreview() {
        ghost.setVisible(false);
        markDropTarget(null);
    }

    void startRename() {
        Set<String> selected = canvas.selectedIds();
        if (selected.size() == 1) {
            NodeView view = canvas.nodeViews.get(selected.iterator().next());
            if (view != null && view.kind() == NodeKind.SERVICE) {
                startRename(view);
                return;
            }
        }
        canvas.showHint("Select one service to rename it");
    }

    private void startRename(NodeView view) {
        if (renaming != null) {
            return;
        }
        String old = view.node().name();
        TextField field = new TextField(old);
        field.getStyleClass().add("node-rename");
        renaming = field;
        int index = view.header().getChildren().indexOf(view.nameLabel());
        view.header().getChildren().set(index, field);
        Runnable finish = () -> {
            if (renaming != field) {
                return;
            }
            renaming = null;
            int at = view.header().getChildren().indexOf(field);
            if (at >= 0) {
                view.header().getChildren().set(at, view.nameLabel());
            }
            canvas.requestFocus();
        };
        field.setOnAction(e -> {
            String name = field.getText().trim();
            finish.run();
            canvas.actions.rename(view.nodeId(), old, name);
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                finish.run();
            }
        });
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now && renaming == field) {
                String name = field.getText().trim();
                finish.run();
                canvas.actions.rename(view.nodeId(), old, name);
            }
        });
        field.requestFocus();
        field.selectAll();
    }
}
