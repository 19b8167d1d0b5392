package org.stackcanvas.ui.run;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.stackcanvas.diagram.NodeKind;
import org.stackcanvas.runtime.ServiceStatus;
import org.stackcanvas.ui.canvas.CanvasView;
import org.stackcanvas.ui.canvas.RuntimeChip;

/** Puts each service's runtime state on its canvas card, beside (not instead of) its problem badge. */
public final class RuntimeBadges {

    private final CanvasView canvas;
    private final Set<String> shown = new HashSet<>();

    public RuntimeBadges(RuntimeState state, CanvasView canvas) {
        Objects.requireNonNull(state, "state");
        this.canvas = Objects.requireNonNull(canvas, "canvas");
        state.statusesProperty().addListener((o, was, now) -> show(now));
        show(state.statusesProperty().get());
    }

    private void show(List<ServiceStatus> statuses) {
        Map<String, RuntimeChip> chips = new HashMap<>();
        for (ServiceStatus status : statuses) {
            StatusLook.chip(status).ifPresent(chip -> chips.put(NodeKind.SERVICE.id(status.service()), chip));
        }
        for (String id : shown) {
            if (!chips.containsKey(id)) {
                canvas.setNodeRuntime(id, null);
            }
        }
        chips.forEach(canvas::setNodeRuntime);
        shown.clear();
        shown.addAll(chips.keySet());
    }
}
