package org.stackcanvas.runtime;

/** A container's state as the user sees it: the Engine state refined by its healthcheck. */
public enum ContainerState {
    /** No container for the service (yet). */
    NOT_CREATED("not created", 0),
    CREATED("created", 3),
    /** Running without a healthcheck. */
    RUNNING("running", 1),
    /** Running, healthcheck not yet passed. */
    STARTING("starting", 4),
    HEALTHY("healthy", 2),
    UNHEALTHY("unhealthy", 8),
    RESTARTING("restarting", 7),
    PAUSED("paused", 5),
    EXITED("exited", 6),
    REMOVING("removing", 5),
    DEAD("dead", 9);

    private final String label;
    private final int attention;

    ContainerState(String label, int attention) {
        this.label = label;
        this.attention = attention;
    }

    public String label() {
        return label;
    }

    /** How much the state asks for the user's attention; a service shows its most urgent one. */
    int attention() {
        return attention;
    }

    /** The process is up (running, starting, healthy or unhealthy). */
    public boolean isUp() {
        return this == RUNNING || this == STARTING || this == HEALTHY || this == UNHEALTHY;
    }
}
