package org.stackcanvas.ui.canvas;

import java.util.List;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
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
    private final Label name = new Label();
    private final Label subtitle = new Label();
    private final Label profiles = new Label();
    private final HBox badges = new HBox();
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
        name.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(name, Priority.ALWAYS);
        subtitle.getStyleClass().add("node-subtitle");
        profiles.getStyleClass().add("profile-tag");
        badges.getStyleClass().add("node-badges");
        header = new HBox(icon, name, profiles);
        header.getStyleClass().add("node-header");
        header.setAlignment(Pos.CENTER_LEFT);
        VBox body = new VBox(header, subtitle);
        body.getStyleClass().add("node-body");
        if (kind == NodeKind.SERVICE) {
            body.getChildren().add(badges);
        }
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
        profiles.setText(String.join(", ", updated.profiles()));
        profiles.setVisible(!updated.profiles().isEmpty());
        profiles.setManaged(!updated.profiles().isEmpty());
        if (kind == NodeKind.SERVICE) {
            badges.getChildren().clear();
            for (String port : updated.badges()) {
                Label badge = new Label(port);
                badge.getStyleClass().add("port-badge");
                badges.getChildren().add(badge);
            }
        }
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

    Label nameLabel() {
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
        getStyleClass().removeAll(SEVERITIES);
        if (severity != null) {
            getStyleClass().add("severity-" + severity);
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
