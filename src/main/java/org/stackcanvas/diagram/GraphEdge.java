package org.stackcanvas.diagram;

import java.util.Objects;

/**
 * A wire from a service to what it uses.
 *
 * @param label the mount target of a volume, the condition of a depends_on, ...; may be empty
 */
public record GraphEdge(String id, EdgeKind kind, String from, String to, String label) {

    public GraphEdge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(label, "label");
    }
}
