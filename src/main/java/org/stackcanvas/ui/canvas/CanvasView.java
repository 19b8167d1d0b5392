package org.stackcanvas.ui.canvas;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import org.stackcanvas.diagram.EdgeKind;
import org.stackcanvas.diagram.GraphLayout;
import org.stackcanvas.diagram.GraphLayouter;
import org.stackcanvas.diagram.GraphNode;
import org.stackcanvas.diagram.LayoutFile;
import org.stackcanvas.diagram.LayoutState;
import org.stackcanvas.diagram.NodeBox;
import org.stackcanvas.diagram.NodeKind;
import org.stackcanvas.diagram.Position;
import org.stackcanvas.diagram.StackGraph;
import org.stackcanvas.ui.palette.PaletteDropTarget;
import org.stackcanvas.ui.palette.PaletteEntry;
import org.stackcanvas.ui.session.EditorSession;
import org.stackcanvas.ui.session.ElementRef;

/**
 * The stack as a graph to edit by hand: services, networks, volumes, bind mounts, env files,
 * secrets and configs as nodes, their use as wires. Every gesture becomes one undoable command
 * through the session; the canvas redraws from each new snapshot and keeps nodes where they were.
 * Positions the user chose live in a {@link LayoutState}, saved beside the compose file.
 */
public final class CanvasView extends StackPane implements PaletteDropTarget {

    final EditorSession session;
    final CanvasPrompts prompts;
    final LayoutState layout = new LayoutState();
    private final LayoutPersistence persistence;
    private final GraphLayouter layouter = new GraphLayouter();
    /** The last layout the layouter made, whose wire routes are reused while their ends stay put. */
    private GraphLayout lastLayout;
    final Pane viewport = new Pane();
    /** Below this zoom a card's text is under about five pixels high: the cards show as plain blocks. */
    static final double ZOOMED_OUT = 0.4;
    final Pane world = new Pane();
    private final Pane wireLayer = new Pane();
    final Pane nodeLayer = new Pane();
    final Pane overlay = new Pane();
    private final CanvasZoom zoom = new CanvasZoom(viewport, world);
    private final IconImages icons = new IconImages();
    private final TextFit textFit = new TextFit();
    final CanvasWires wires;
    final Map<String, NodeView> nodeViews = new LinkedHashMap<>();
    final Map<String, NodeBox> boxes = new HashMap<>();
    private final Map<String, Position> autoPositions = new HashMap<>();
    private final NodeProblems problems = new NodeProblems();
    private final Map<String, RuntimeChip> runtimeChips = new HashMap<>();
    private final CanvasHint hint = new CanvasHint();
    private final CanvasLegend legend = new CanvasLegend();
    private final Label emptyHint = new Label("Drag services, networks and volumes here from the palette");
    private final CanvasGestures gestures;
    final NodeContextMenu nodeMenu = new NodeContextMenu(this);
    final CanvasActions actions;
    StackGraph graph = new StackGraph(List.of(), List.of());
    private boolean loadingLayout;
    private boolean fitted;

    public CanvasView(EditorSession session) {
        this(session, null, null);
    }

    /**
     * @param prompts answers wire questions (mount path, condition); null for dialogs
     * @param io      runs layout file reads and writes; null for a background thread of its own
     */
    public CanvasView(EditorSession session, CanvasPrompts prompts, Executor io) {
        this.session = Objects.requireNonNull(session, "session");
        this.prompts = prompts != null ? prompts : new DialogPrompts(this);
        getStyleClass().add("canvas");
        getStylesheets().add(CanvasView.class.getResource("/org/stackcanvas/ui/canvas/canvas.css").toExternalForm());
        setFocusTraversable(true);
        viewport.getStyleClass().add("canvas-viewport");
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(viewport.widthProperty());
        clip.heightProperty().bind(viewport.heightProperty());
        viewport.setClip(clip);
        world.setManaged(false);
        // Far out the cards' text cannot be read; the style drops it (see canvas.css) so a frame with
        // a thousand services still paints in time without a GPU.
        javafx.css.PseudoClass zoomedOut = javafx.css.PseudoClass.getPseudoClass("zoomed-out");
        zoom.zoomProperty().addListener((o, was, now) ->
                pseudoClassStateChanged(zoomedOut, now.doubleValue() < ZOOMED_OUT));
        for (Pane layer : List.of(world, wireLayer, nodeLayer, overlay)) {
            layer.setPickOnBounds(false);
        }
        // The layers keep no size of their own: a layer that grew with its content whenever a card
        // moved at the edge was a region changing size, which repaints the whole canvas.
        for (Pane layer : List.of(wireLayer, nodeLayer, overlay)) {
            layer.setManaged(false);
        }
        overlay.setMouseTransparent(true);
        world.getChildren().addAll(wireLayer, nodeLayer, overlay);
        viewport.getChildren().add(world);
        emptyHint.getStyleClass().add("canvas-empty");
        emptyHint.setMouseTransparent(true);
        CanvasToolbar toolbar = new CanvasToolbar(this);
        getChildren().addAll(viewport, emptyHint, legend, toolbar, hint);
        StackPane.setAlignment(legend, Pos.BOTTOM_LEFT);
        StackPane.setAlignment(toolbar, Pos.TOP_RIGHT);
        StackPane.setAlignment(hint, Pos.BOTTOM_CENTER);
        this.actions = new CanvasActions(this);
        this.gestures = new CanvasGestures(this);
        gestures.installViewport();
        new CanvasKeys(this).install();

        wires = new CanvasWires(wireLayer, boxes);
        persistence = new LayoutPersistence(session.isUntitled() ? null
                : LayoutFile.in(session.snapshot().project().directory()), io);
        layout.addListener(this::positionsChanged);
        session.snapshotProperty().addListener((obs, old, now) -> refresh());
        session.selection().addListener((ListChangeListener<ElementRef>) c -> applySelection());
        refresh();
        persistence.load(this::layoutLoaded, session::setStatus);
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (!fitted && viewport.getWidth() > 100 && viewport.getHeight() > 100 && !boxes.isEmpty()) {
            fitted = true; // first time the canvas has a real size: show the stack, not too small to read
            zoom.fit(boxes.values(), wires.points(), CanvasZoom.INITIAL_MIN, CanvasZoom.INITIAL_MAX);
        }
    }

    // ---- what the window's menu calls ---------------------------------------------------------

    /** Deletes the selected elements and every reference to them, as one undoable step. */
    public void deleteSelection() {
        actions.deleteSelection();
    }

    public void selectAll() {
        session.selection().setAll(nodeViews.values().stream().map(v -> ref(v.node())).toList());
    }

    /** Copies the selected services (their whole definitions) for {@link #paste()}. */
    public void copy() {
        actions.copy();
    }

    /** Adds copies of the copied services under new names, beside the originals. */
    public void paste() {
        actions.paste();
    }

    public void duplicate() {
        actions.copy();
        actions.paste();
    }

    /** Starts renaming the selected service in place. */
    public void renameSelected() {
        gestures.startRename();
    }

    public void zoomIn() {
        zoom.zoomAtCentre(1.25);
    }

    public void zoomOut() {
        zoom.zoomAtCentre(1 / 1.25);
    }

    public void resetZoom() {
        zoom.zoomAtCentre(1 / zoom.zoom());
    }

    public double getZoom() {
        return zoom.zoom();
    }

    /** Shows every node, as large as fits (at most 150 %). */
    public void fitToView() {
        zoom.fit(boxes.values(), wires.points(), CanvasZoom.MIN_ZOOM, 1.5);
    }

    /** Places every node anew with the layouter (one undoable step) and shows them all. */
    public void autoLayout() {
        GraphLayout fresh = layouter.layout(graph, Map.of());
        lastLayout = fresh;
        Map<String, Position> all = new LinkedHashMap<>();
        fresh.boxes().values().forEach(b -> all.put(b.id(), new Position(b.x(), b.y())));
        session.execute(new org.stackcanvas.edit.MoveNodesCommand(layout, all, "Arrange automatically"));
        refresh(); // the files did not change, so no new snapshot comes: draw the new routes here
        fitToView();
    }

    /** The problem marker of a node (id like {@code service:web}): error, warning, info, or null for none. */
    public void setNodeSeverity(String nodeId, String severity) {
        setNodeProblems(nodeId, severity, 0);
    }

    /**
     * The problem marker of a node with the number of problems on its badge (0 shows a plain dot):
     * {@code severity} is the worst of them, or null for none.
     */
    public void setNodeProblems(String nodeId, String severity, int count) {
        problems.set(nodeId, severity, count);
        NodeView view = nodeViews.get(nodeId);
        if (view != null) {
            view.setSeverity(severity, count);
        }
    }

    /** The containers' state on a node (id like {@code service:web}), or null for none. */
    public void setNodeRuntime(String nodeId, RuntimeChip chip) {
        if (chip == null) {
            runtimeChips.remove(nodeId);
        } else {
            runtimeChips.put(nodeId, chip);
        }
        NodeView view = nodeViews.get(nodeId);
        if (view != null) {
            view.setRuntime(chip);
        }
    }

    /** The text of the runtime chip a node shows, or null when it shows none. */
    public String nodeRuntimeText(String nodeId) {
        NodeView view = nodeViews.get(nodeId);
        return view == null || view.runtimeChip() == null ? null : view.runtimeChip().getText();
    }

    /** The severity shown on a node, or null. */
    public String nodeSeverity(String nodeId) {
        return problems.severity(nodeId);
    }

    /** The context menu of service nodes, made for the selected services' names; null for none. */
    public void setServiceMenu(java.util.function.Function<List<String>, javafx.scene.control.ContextMenu> menu) {
        nodeMenu.setFactory(menu);
    }

    /** The positions the user chose (saved in {@value LayoutFile#FILE_NAME}). */
    public LayoutState layoutState() {
        return layout;
    }

    // ---- palette ------------------------------------------------------------------------------

    @Override
    public boolean previewDrop(PaletteEntry entry, double sceneX, double sceneY) {
        return gestures.previewDrop(entry, sceneX, sceneY);
    }

    @Override
    public void cancelPreview() {
        gestures.cancelPreview();
    }

    @Override
    public boolean drop(PaletteEntry entry, double sceneX, double sceneY) {
        if (!containsScenePoint(sceneX, sceneY)) {
            return false;
        }
        return actions.create(entry, toWorld(sceneX, sceneY));
    }

    @Override
    public boolean add(PaletteEntry entry) {
        Point2D centre = world.parentToLocal(viewport.getWidth() / 2, viewport.getHeight() / 2);
        return actions.create(entry, centre);
    }

    // ---- drawing ------------------------------------------------------------------------------

    private void refresh() {
        if (session.snapshot() == null) {
            return;
        }
        graph = StackGraph.of(session.snapshot().model());
        Map<String, Position> pinned = new HashMap<>(autoPositions);
        pinned.putAll(layout.positions());
        boolean firstDraw = nodeViews.isEmpty();
        boolean allPlaced = graph.nodes().stream().allMatch(n -> pinned.containsKey(n.id()));
        GraphLayout placed;
        if (lastLayout != null && (allPlaced || graph.nodes().size() > GraphLayouter.LARGE_GRAPH)) {
            // Every node already has its place (or the stack is big): an edit must not wait for a
            // whole new layout. Wires whose ends did not move keep the last layout's routes.
            placed = new GraphLayout(NodePlacement.atKnownPositions(graph, pinned, boxes.values()), lastLayout.routes());
        } else {
            placed = layouter.layout(graph, pinned);
            lastLayout = placed;
        }
        Set<String> present = new HashSet<>();
        for (GraphNode node : graph.nodes()) {
            present.add(node.id());
            NodeBox box = placed.box(node.id());
            if (!pinned.containsKey(node.id())) {
                box = firstDraw ? box : NodePlacement.freeSpot(box, boxes.values());
                autoPositions.put(node.id(), new Position(box.x(), box.y()));
            }
            boxes.put(node.id(), box);
            NodeView view = nodeViews.get(node.id());
            if (view == null) {
                view = new NodeView(node, box.width(), box.height(), icons, textFit);
                view.setManaged(false);
                view.resize(box.width(), box.height());
                view.setSeverity(problems.severity(node.id()), problems.count(node.id()));
                view.setRuntime(runtimeChips.get(node.id()));
                gestures.installNode(view);
                nodeViews.put(node.id(), view);
                nodeLayer.getChildren().add(view);
            } else {
                view.update(node);
            }
            view.relocate(box.x(), box.y());
        }
        List<String> gone = nodeViews.keySet().stream().filter(id -> !present.contains(id)).toList();
        for (String id : gone) {
            nodeLayer.getChildren().remove(nodeViews.remove(id));
            boxes.remove(id);
            autoPositions.remove(id);
        }
        wires.show(graph, placed);
        emptyHint.setVisible(nodeViews.isEmpty());
        legend.setVisible(graph.edges().stream().anyMatch(e -> e.kind() == EdgeKind.DEPENDS_ON));
        applySelection();
    }

    /** Shows a node at a position (a drag preview, or a committed move); moves its wires along. */
    void place(String id, double x, double y) {
        NodeBox box = boxes.get(id);
        NodeView view = nodeViews.get(id);
        if (box == null || view == null) {
            return;
        }
        boxes.put(id, box.moveTo(x, y));
        view.relocate(x, y);
        wires.nodeMoved(id);
    }

    private void positionsChanged(Map<String, Position> changes) {
        changes.forEach((id, p) -> {
            Position shown = p != null ? p : autoPositions.get(id);
            if (shown != null) {
                place(id, shown.x(), shown.y());
            }
        });
        wires.reroute();
        if (!loadingLayout) {
            persistence.save(layout.positions(), session::setStatus);
        }
    }

    private void layoutLoaded(Map<String, Position> saved) {
        Map<String, Position> fresh = new LinkedHashMap<>(saved);
        fresh.keySet().removeAll(layout.positions().keySet()); // a move made meanwhile wins
        loadingLayout = true;
        try {
            layout.apply(fresh);
        } finally {
            loadingLayout = false;
        }
    }

    void applySelection() {
        Set<String> selected = selectedIds();
        nodeViews.forEach((id, view) -> view.setSelected(selected.contains(id)));
    }

    Set<String> selectedIds() {
        Set<String> ids = new HashSet<>();
        for (ElementRef ref : session.selection()) {
            ids.add(NodeKind.valueOf(ref.kind().name()).id(ref.name()));
        }
        return ids;
    }

    static ElementRef ref(GraphNode node) {
        return new ElementRef(ElementRef.Kind.valueOf(node.kind().name()), node.name());
    }

    void select(Collection<String> ids) {
        session.selection().setAll(ids.stream().filter(nodeViews::containsKey)
                .map(id -> ref(nodeViews.get(id).node())).toList());
    }

    /** Tells the user why a gesture did nothing, near the bottom of the canvas, for a few seconds. */
    void showHint(String message) {
        hint.show(message);
        session.setStatus(message);
    }

    // ---- zoom and coordinates -------------------------------------------------------------------

    void zoomAt(double factor, double vx, double vy) {
        zoom.zoomAt(factor, vx, vy);
    }

    void panBy(double dx, double dy) {
        zoom.panBy(dx, dy);
    }

    Point2D toWorld(double sceneX, double sceneY) {
        return world.sceneToLocal(sceneX, sceneY);
    }

    boolean containsScenePoint(double sceneX, double sceneY) {
        Bounds bounds = viewport.localToScene(viewport.getLayoutBounds());
        return bounds.contains(sceneX, sceneY);
    }

    /** The topmost node at a world point, or null. */
    String nodeAt(Point2D p) {
        String found = null;
        for (NodeBox b : boxes.values()) {
            if (p.getX() >= b.x() && p.getX() <= b.x() + b.width() && p.getY() >= b.y() && p.getY() <= b.y() + b.height()) {
                found = b.id();
            }
        }
        return found;
    }
}
