package org.stackcanvas.diagram;

/** What a node of the stack graph stands for. */
public enum NodeKind {
    SERVICE("service"), NETWORK("network"), VOLUME("volume"), BIND_MOUNT("bind"), ENV_FILE("envfile"),
    SECRET("secret"), CONFIG("config");

    private final String prefix;

    NodeKind(String prefix) {
        this.prefix = prefix;
    }

    /** The node id of the element called {@code name}: {@code service:web}, {@code volume:db-data}. */
    public String id(String name) {
        return prefix + ":" + name;
    }
}
