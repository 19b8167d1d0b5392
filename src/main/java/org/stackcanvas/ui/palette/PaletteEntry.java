package org.stackcanvas.ui.palette;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stackcanvas.diagram.NodeKind;

/**
 * What the palette offers: a bare service, service templates with a sensible image, port and data
 * volume, and the resources a service can use.
 *
 * @param baseName the name new elements get, made unique with a number
 * @param dataPath where a template's data volume is mounted, or empty for none
 */
public enum PaletteEntry {
    SERVICE("Service", "generic", NodeKind.SERVICE, "service", "", List.of(), Map.of(), ""),
    POSTGRES("PostgreSQL", "postgres", NodeKind.SERVICE, "db", "postgres:16-alpine", List.of(),
            Map.of("POSTGRES_PASSWORD", "${POSTGRES_PASSWORD:-change-me}"), "/var/lib/postgresql/data"),
    REDIS("Redis", "redis", NodeKind.SERVICE, "redis", "redis:7-alpine", List.of(), Map.of(), "/data"),
    NGINX("nginx", "nginx", NodeKind.SERVICE, "web", "nginx:1.27-alpine", List.of("8080:80"), Map.of(), ""),
    PYTHON("Python app", "python", NodeKind.SERVICE, "app", "python:3.12-slim", List.of(), Map.of(), ""),
    NODE("Node app", "node", NodeKind.SERVICE, "node-app", "node:22-alpine", List.of(), Map.of(), ""),
    NETWORK("Network", "network", NodeKind.NETWORK, "network", "", List.of(), Map.of(), ""),
    VOLUME("Volume", "volume", NodeKind.VOLUME, "volume", "", List.of(), Map.of(), ""),
    SECRET("Secret", "secret", NodeKind.SECRET, "secret", "", List.of(), Map.of(), ""),
    CONFIG("Config", "config", NodeKind.CONFIG, "config", "", List.of(), Map.of(), ""),
    ENV_FILE("Env file", "envfile", NodeKind.ENV_FILE, "", "", List.of(), Map.of(), "");

    private final String label;
    private final String icon;
    private final NodeKind kind;
    private final String baseName;
    private final String image;
    private final List<String> ports;
    private final Map<String, String> environment;
    private final String dataPath;

    PaletteEntry(String label, String icon, NodeKind kind, String baseName, String image, List<String> ports,
            Map<String, String> environment, String dataPath) {
        this.label = label;
        this.icon = icon;
        this.kind = kind;
        this.baseName = baseName;
        this.image = image;
        this.ports = ports;
        this.environment = environment;
        this.dataPath = dataPath;
    }

    public String label() {
        return label;
    }

    public String icon() {
        return icon;
    }

    public NodeKind kind() {
        return kind;
    }

    public String baseName() {
        return baseName;
    }

    public Optional<String> image() {
        return image.isEmpty() ? Optional.empty() : Optional.of(image);
    }

    public List<String> ports() {
        return ports;
    }

    public Map<String, String> environment() {
        return environment;
    }

    public Optional<String> dataPath() {
        return dataPath.isEmpty() ? Optional.empty() : Optional.of(dataPath);
    }

    /** Templates are services with an image; the bare service has none. */
    public boolean isTemplate() {
        return kind == NodeKind.SERVICE && !image.isEmpty();
    }

    /** Stable id for style classes and tests: {@code palette-postgres}. */
    public String styleId() {
        return "palette-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
