package org.stackcanvas.ui;

import java.util.Objects;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the pointer first comes over their node. Each {@link Tooltip} is a popup
 * window with a scene of its own, about a millisecond apiece to make; the window's dozens of
 * buttons and rows do not need theirs for the first frame. The tooltip is in place before the
 * pointer's next move, which is what starts its delay.
 */
public final class HoverTooltip {

    private HoverTooltip() {
    }

    /** Gives {@code control} a tooltip with {@code text} when the pointer first enters it. */
    public static void install(Control control, String text) {
        Objects.requireNonNull(text, "text");
        onFirstEnter(control, () -> {
            if (control.getTooltip() == null) {
                control.setTooltip(new Tooltip(text));
            }
        });
    }

    /** The same for a node that is not a control (a row of a list made of plain boxes). */
    public static void install(Node node, String text) {
        if (node instanceof Control control) {
            install(control, text);
            return;
        }
        Objects.requireNonNull(text, "text");
        onFirstEnter(node, () -> Tooltip.install(node, new Tooltip(text)));
    }

    private static void onFirstEnter(Node node, Runnable make) {
        node.addEventFilter(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                node.removeEventFilter(MouseEvent.MOUSE_ENTERED, this);
                make.run();
            }
        });
    }
}
