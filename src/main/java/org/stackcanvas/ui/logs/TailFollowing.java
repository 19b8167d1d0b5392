package org.stackcanvas.ui.logs;

import java.util.Objects;
import javafx.application.Platform;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Keeps a list scrolled to its newest row, unless the user moved away from it: after each scroll,
 * click or key in the list, following goes on only if the last row is in view.
 */
final class TailFollowing {

    private final ListView<?> list;
    private boolean following = true;

    TailFollowing(ListView<?> list) {
        this.list = Objects.requireNonNull(list, "list");
        // Decided after the gesture has moved the rows.
        list.addEventFilter(ScrollEvent.SCROLL, e -> Platform.runLater(this::check));
        list.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> Platform.runLater(this::check));
        list.addEventFilter(KeyEvent.KEY_RELEASED, e -> Platform.runLater(this::check));
    }

    boolean isFollowing() {
        return following;
    }

    /** Stops following (the view moved to a search match). */
    void stop() {
        following = false;
    }

    /** Shows the newest row if following. */
    void rowsAdded() {
        int size = list.getItems().size();
        if (following && size > 0) {
            list.scrollTo(size - 1);
        }
    }

    private void check() {
        VirtualFlow<?> flow = (VirtualFlow<?>) list.lookup(".virtual-flow");
        if (flow == null) {
            return;
        }
        list.layout(); // the rows where the gesture left them
        IndexedCell<?> last = flow.getLastVisibleCell();
        int size = list.getItems().size();
        following = size == 0 || last == null || last.getIndex() >= size - 1;
    }
}
