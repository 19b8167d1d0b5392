package org.stackcanvas.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.stackcanvas.diagram.DiagramStyle;
import org.stackcanvas.diagram.GraphNode;
import org.stackcanvas.diagram.NodeKind;

/**
 * One element on the canvas, drawn like the exported diagram: a service card (accent bar, icon
 * tile, bold name, muted image, port badges, profile tag) or a smaller tinted resource card, and a
 * round handle to drag wires from. Children are placed by hand at the diagram's offsets; long names
 * are shortened to fit, with the full text in a tooltip. Light on purpose (no effects, labels only
 * where there is something to show), so hundreds of cards stay smooth; colours come from canvas.css.
 */
final class NodeView extends Pane {

    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    static final List<String> SEVERITIES = List.of("severity-error", "severity-warning", "severity-info");

    private static final double SERVICE_ICON = 32;
    private static final double RESOURCE_ICON = 24;
    private static final double BADGE_HEIGHT = 16;

    private final String id;
    private final NodeKind kind;
    private final IconImages icons;
    private final TextFit fit;
    private final ImageView icon = new ImageView();
    private final Text name = new Text();
    private final Text subtitle = new Text();
    private Label problemBadge;
    private Label runtimeChip;
    private final HBox header;
    private final Region handle = new Region();
    private final List<Label> badges = new ArrayList<>();
    private Label moreBadges;
    private Label profiles;
    private Tooltip tooltip;
    private GraphNode node;
    private String fittedFor;

    NodeView(GraphNode node, double width, double height, IconImages icons, TextFit fit) {
        this.id = node.id();
        this.kind = node.kind();
        this.icons = icons;
        this.fit = fit;
        getStyleClass().addAll("canvas-node", "node-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        setPrefSize(width, height);
        setMinSize(width, height);
        setMaxSize(width, height);
        double iconSize = kind == NodeKind.SERVICE ? SERVICE_ICON : RESOURCE_ICON;
        icon.setFitWidth(iconSize);
        icon.setFitHeight(iconSize);
        icon.setSmooth(true);
        icon.getStyleClass().add("node-icon");
        name.getStyleClass().add("node-name");
        subtitle.getStyleClass().add("node-subtitle");
        header = new HBox(name);
        header.getStyleClass().add("node-header");
        header.setAlignment(Pos.CENTER_LEFT);
        handle.getStyleClass().add("node-handle");
        if (kind == NodeKind.SERVICE) {
            Region accent = new Region();
            accent.getStyleClass().add("node-accent");
            accent.resizeRelocate(0, 10, 3, height - 20);
            getChildren().add(accent);
        }
        getChildren().addAll(icon, header, subtitle, handle);
        update(node);
    }

    void update(GraphNode updated) {
        if (updated.equals(node)) {
            return;
        }
        node = updated;
        icon.setImage(icons.image(updated.icon()));
        if (kind == NodeKind.SERVICE) {
            // Labels only where there is something to show: hundreds of nodes must stay light.
            profiles = tag(profiles, "profile-tag", String.join(", ", updated.profiles()));
            List<String> ports = updated.badges();
            while (badges.size() > ports.size()) {
                getChildren().remove(badges.remove(badges.size() - 1));
            }
            for (int i = 0; i < ports.size(); i++) {
                if (i == badges.size()) {
                    Label badge = new Label();
                    badge.getStyleClass().add("port-badge");
                    badges.add(badge);
                    getChildren().add(badge);
                }
                badges.get(i).setText(ports.get(i));
            }
        }
        fittedFor = null;
        requestLayout();
    }

    private Label tag(Label current, String styleClass, String text) {
        if (text.isEmpty()) {
            if (current != null) {
                getChildren().remove(current);
            }
            return null;
        }
        Label label = current != null ? current : new Label();
        label.setText(text);
        if (current == null) {
            label.getStyleClass().add(styleClass);
            getChildren().add(label);
        }
        return label;
    }

    private String fullSubtitle() {
        if (kind != NodeKind.SERVICE) {
            return DiagramStyle.kindLabel(kind);
        }
        return node.subtitle().isEmpty() ? "no image" : node.subtitle();
    }

    private static boolean isPath(NodeKind kind) {
        return kind == NodeKind.BIND_MOUNT || kind == NodeKind.ENV_FILE;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        boolean service = kind == NodeKind.SERVICE;
        double iconSize = service ? SERVICE_ICON : RESOURCE_ICON;
        double iconX = service ? 12 : 10;
        double iconY = service ? 12 : (h - iconSize) / 2;
        icon.relocate(iconX, iconY);
        double textX = iconX + iconSize + (service ? 10 : 8);
        double right = w - (service ? 10 : 8);
        double nameRight = right;
        if (profiles != null) {
            double pw = Math.min(70, profiles.prefWidth(-1));
            profiles.resizeRelocate(right - pw, 8, pw, 15);
            nameRight = right - pw - 6;
        }
        fitTexts(nameRight - textX, right - textX);
        header.resizeRelocate(textX, service ? 11 : 7, Math.max(0, nameRight - textX + 4), header.prefHeight(-1));
        subtitle.setLayoutX(textX);
        subtitle.setLayoutY(service ? 43 : 34);
        layoutBadges(textX, right);
        handle.resizeRelocate(w - 6, h / 2 - 6, 12, 12);
        if (problemBadge != null) {
            problemBadge.autosize();
            // Straddles the top-right corner, where it does not cover the name or the wire handle.
            problemBadge.relocate(w - problemBadge.getWidth() / 2 - 4, -problemBadge.getHeight() / 2);
        }
        if (runtimeChip != null) {
            runtimeChip.autosize();
            // Straddles the bottom edge on the right, clear of the port badges and the problem badge.
            runtimeChip.relocate(w - runtimeChip.getWidth() - 14, h - runtimeChip.getHeight() / 2);
        }
    }

    /** Shortens name and subtitle to their room, once per text, font and width. */
    private void fitTexts(double nameRoom, double subtitleRoom) {
        String full = fullSubtitle();
        String key = node.name() + '\n' + full + '\n' + nameRoom + '\n' + subtitleRoom + '\n' + name.getFont()
                + subtitle.getFont();
        if (key.equals(fittedFor)) {
            return;
        }
        fittedFor = key;
        String shownName = isPath(kind) ? fit.end(node.name(), name.getFont(), nameRoom)
                : fit.start(node.name(), name.getFont(), nameRoom);
        String shownSubtitle = kind == NodeKind.SERVICE ? fit.end(full, subtitle.getFont(), subtitleRoom) : full;
        name.setText(shownName);
        subtitle.setText(shownSubtitle);
        boolean cut = !shownName.equals(node.name()) || !shownSubtitle.equals(full);
        if (cut) {
            if (tooltip == null) {
                tooltip = new Tooltip();
                Tooltip.install(this, tooltip);
            }
            tooltip.setText(kind == NodeKind.SERVICE ? node.name() + "\n" + full : node.name() + " (" + full + ")");
        } else if (tooltip != null) {
            Tooltip.uninstall(this, tooltip);
            tooltip = null;
        }
    }

    /** One badge per published port while they fit, then "+n" for the rest. */
    private void layoutBadges(double x, double right) {
        if (badges.isEmpty()) {
            return;
        }
        double y = 52;
        int shown = badges.size();
        for (int i = 0; i < badges.size(); i++) {
            Label badge = badges.get(i);
            double bw = badge.prefWidth(-1);
            boolean last = i == badges.size() - 1;
            double moreWidth = 34;
            if (x + bw > right || (!last && x + bw + 4 + moreWidth > right)) {
                shown = i;
                break;
            }
            badge.setVisible(true);
            badge.resizeRelocate(x, y, bw, BADGE_HEIGHT);
            x += bw + 4;
        }
        for (int i = shown; i < badges.size(); i++) {
            badges.get(i).setVisible(false);
        }
        if (shown < badges.size()) {
            if (moreBadges == null) {
                moreBadges = new Label();
                moreBadges.getStyleClass().add("port-more");
                getChildren().add(moreBadges);
            }
            moreBadges.setText("+" + (badges.size() - shown));
            moreBadges.setVisible(true);
            moreBadges.resizeRelocate(x, y, moreBadges.prefWidth(-1), BADGE_HEIGHT);
        } else if (moreBadges != null) {
            moreBadges.setVisible(false);
        }
    }

    /** The tooltip with the full texts, present only while something on the card is shortened. */
    String tooltipText() {
        return tooltip == null ? null : tooltip.getText();
    }

    Text subtitleText() {
        return subtitle;
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

    /** The containers' state as a chip on the card, or none (null). Exists only while there is one. */
    void setRuntime(RuntimeChip chip) {
        if (chip == null) {
            if (runtimeChip != null) {
                getChildren().remove(runtimeChip);
                runtimeChip = null;
            }
            return;
        }
        if (runtimeChip == null) {
            runtimeChip = new Label();
            runtimeChip.setManaged(false);
            runtimeChip.setTooltip(new Tooltip());
            getChildren().add(runtimeChip);
        }
        runtimeChip.getStyleClass().setAll("label", "runtime-chip", "runtime-" + chip.tone());
        runtimeChip.setText(chip.text());
        runtimeChip.getTooltip().setText(chip.details());
        requestLayout();
    }

    Label runtimeChip() {
        return runtimeChip;
    }


    static String kindLabel(NodeKind kind) {
        return DiagramStyle.kindLabel(kind);
    }
}
