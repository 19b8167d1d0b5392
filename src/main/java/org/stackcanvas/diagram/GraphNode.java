package org.stackcanvas.diagram;

import java.util.List;
import java.util.Objects;
import org.stackcanvas.document.SourceLocation;

/**
 * A node as the canvas and diagrams draw it.
 *
 * @param subtitle the image and tag of a service, the driver of a network, ...; may be empty
 * @param badges   short labels drawn on the node: published ports of a service
 * @param icon     the icon key ({@link IconCatalog}), e.g. {@code postgres}
 * @param profiles the service's profiles, shown as a tag
 */
public record GraphNode(String id, NodeKind kind, String name, String subtitle, List<String> badges, String icon,
        List<String> profiles, SourceLocation location) {

    public GraphNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(subtitle, "subtitle");
        badges = List.copyOf(badges);
        Objects.requireNonNull(icon, "icon");
        profiles = List.copyOf(profiles);
        Objects.requireNonNull(location, "location");
    }
}
