package org.stackcanvas.ui.canvas;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.ContextMenuEvent;
import org.stackcanvas.diagram.NodeKind;

/**
 * The context menu of service nodes. A right click on a node outside the selection selects that
 * node first; the menu then acts on every selected service, so a multi-selection stays whole.
 * Which menu to show is given from outside (the window's Run actions); without one, none shows.
 */
final class NodeContextMenu {

    private final CanvasView canvas;
    private Function<List<String>, ContextMenu> factory;
    private ContextMenu showing;

    NodeContextMenu(CanvasView canvas) {
        this.canvas = canvas;
    }

    void setFactory(Function<List<String>, ContextMenu> factory) {
        this.factory = factory;
    }

    /**
     * The mouse opens the menu on the secondary button's press (the node's press handler calls
     * {@link #show}), on every platform alike; the keyboard's menu key comes as a context menu event.
     */
    void install(NodeView view) {
        view.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (e.isKeyboardTrigger() && offersMenu(view)) {
                e.consume();
                javafx.geometry.Point2D corner = view.localToScreen(view.getWidth() / 2, view.getHeight() / 2);
                show(view, corner.getX(), corner.getY());
            } else if (offersMenu(view)) {
                e.consume(); // the press already opened it
            }
        });
    }

    boolean offersMenu(NodeView view) {
        return factory != null && view.kind() == NodeKind.SERVICE;
    }

    /** The menu currently shown, or null. */
    ContextMenu showing() {
        return showing != null && showing.isShowing() ? showing : null;
    }

    void show(NodeView view, double screenX, double screenY) {
        if (!offersMenu(view)) {
            return;
        }
        if (!canvas.selectedIds().contains(view.nodeId())) {
            canvas.select(List.of(view.nodeId()));
        }
        Set<String> selected = canvas.selectedIds();
        List<String> services = canvas.nodeViews.values().stream()
                .filter(v -> v.kind() == NodeKind.SERVICE && selected.contains(v.nodeId()))
                .map(v -> v.node().name()).toList();
        if (showing != null) {
            showing.hide();
        }
        showing = factory.apply(services);
        if (showing != null) {
            showing.show(view, screenX, screenY);
        }
    }
}
