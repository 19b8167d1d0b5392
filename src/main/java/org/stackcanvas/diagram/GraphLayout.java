package org.stackcanvas.diagram;

import java.util.LinkedHashMap;
import java.util.Map;

/** The positions of a graph's nodes. */
public record GraphLayout(Map<String, NodeBox> boxes) {

    public GraphLayout {
        boxes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(boxes));
    }

    public NodeBox box(String id) {
        return boxes.get(id);
    }

    /** Width and height of the area all nodes cover, from the origin. */
    public double width() {
        return boxes.values().stream().mapToDouble(b -> b.x() + b.width()).max().orElse(0);
    }

    public double height() {
        return boxes.values().stream().mapToDouble(b -> b.y() + b.height()).max().orElse(0);
    }
}
