package org.stackcanvas.ui.canvas;

import java.util.List;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.kordamp.ikonli.javafx.FontIcon;
import org.stackcanvas.diagram.GraphNode;
import org.stackcanvas.diagram.NodeKind;
import org.stackcanvas.ui.icons.NodeIcons;

/**
 * One element on the canvas: a card for a service (icon, name, image, ports, profiles), a smaller
 * one for a resource, and a handle to drag wires from. Light on purpose (no effects), so hundreds
 * of them stay smooth; looks come from canvas.css.
 */
final class NodeView extends StackPane {

    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    static final List<String> SEVERITIES = List.of("severity-error", "severity-warning", "severity-info");

    private final String id;
    private final NodeKind kind;
    private final FontIcon icon;
    private final Text name = new Text();
    private final Text subtitle = new Text();
    private Label profiles;
    private Label badges;
    private Label problemBadge;
    private final HBox header;
    private final Region handle = new Region();
    private GraphNode node;

    NodeView(GraphNode node, double width, double height) {
        this.id = node.id();
        this.kind = node.kind();
        getStyleClass().addAll("canvas-node", "node-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        setPrefSize(width, height);
        setMinSize(width, height);
        setMaxSize(width, height);
        icon = NodeIcons.icon(node.icon());
        name.getStyleClass().add("node-name");
        subtitle.getStyleClass().add("node-subtitle");
        header = new HBox(icon, name);
        header.getStyleClass().add("node-header");
        header.setAlignment(Pos.CENTER_LEFT);
        VBox body = new VBox(header, subtitle);
        body.getStyleClass().add("node-body");
        handle.getStyleClass().add("node-handle");
        handle.setManaged(false);
        handle.resizeRelocate(width - 7, height / 2 - 7, 14, 14);
        getChildren().addAll(body, handle);
        update(node);
    }

    void update(GraphNode updated) {
        if (updated.equals(node)) {
            return;
        }
        node = updated;
        name.setText(updated.name());
        icon.setIconCode(NodeIcons.ikon(updated.icon()));
        subtitle.setText(kind == NodeKind.SERVICE ? updated.subtitle() : kindLabel(kind));
        // Labels only where there is something to show: hundreds of nodes must stay light.
        profiles = tag(profiles, "profile-tag", String.join(", ", updated.profiles()), header);
        badges = tag(badges, "port-badge", String.join("  ", updated.badges()), body());
    }

    private Label tag(Label current, String styleClass, String text, javafx.scene.layout.Pane parent) {
        if (text.isEmpty()) {
            if (current != null) {
                parent.getChildren().remove(current);
            }
            return null;
        }
        Label label = current != null ? current : new Label();
        label.setText(text);
        if (current == null) {
            label.getStyleClass().add(styleClass);
            parent.getChildren().add(label);
        }
        return label;
    }

    private VBox body() {
        return (VBox) getChildren().get(0);
    }

    String nodeId() {
        return id;
    }

    GraphNode node() {
        return node;
    }

    NodeKind kind() {
        return kind;
    }

    Text nameLabel() {
        return name;
    }

    HBox header() {
        return header;
    }

    Region handle() {
        return handle;
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }

    void setDropTarget(boolean target) {
        pseudoClassStateChanged(DROP_TARGET, target);
    }

    /** Shows a problem's severity ({@code error}, {@code warning}, {@code info}) or none (null). */
    void setSeverity(String severity) {
        setSeverity(severity, 0);
    }

    /**
     * The severity as the card's border and a corner badge with the number of problems (a dot for 0).
     * The badge exists only while there are problems, so clean nodes stay light.
     */
    void setSeverity(String severity, int count) {
        getStyleClass().removeAll(SEVERITIES);
        if (severity == null) {
            if (problemBadge != null) {
                getChildren().remove(problemBadge);
                problemBadge = null;
            }
            return;
        }
        getStyleClass().add("severity-" + severity);
        if (problemBadge == null) {
            problemBadge = new Label();
            problemBadge.setManaged(false);
            problemBadge.setMouseTransparent(true);
            getChildren().add(problemBadge);
        }
        problemBadge.getStyleClass().setAll("label", "problem-badge", "problem-badge-" + severity);
        problemBadge.setText(count > 0 ? String.valueOf(count) : "");
        requestLayout();
    }

    Label problemBadge() {
        return problemBadge;
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (problemBadge != null) {
            problemBadge.autosize();
            // Straddles the top-right corner, where it does not cover the name or the wire handle.
            problemBadge.relocate(getWidth() - problemBadge.getWidth() / 2 - 4, -problemBadge.getHeight() / 2);
        }
    }

    static String kindLabel(NodeKind kind) {
        return switch (kind) {
            case SERVICE -> "service";
            case NETWORK -> "network";
            case VOLUME -> "volume";
            case BIND_MOUNT -> "bind mount";
            case ENV_FILE -> "env file";
            case SECRET -> "secret";
            case CONFIG -> "config";
        };
    }
}
