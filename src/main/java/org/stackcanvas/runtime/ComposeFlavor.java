package org.stackcanvas.runtime;

/** Which Compose implementation runs the stack. */
public enum ComposeFlavor {
    /** The {@code docker compose} plugin (Compose v2). */
    V2,
    /** The standalone Python {@code docker-compose} (v1.x). */
    V1
}
