package org.stackcanvas.ui.session;

import java.util.Objects;

/** Identifies one element of the project on the canvas, in the inspector and in selections. */
public record ElementRef(Kind kind, String name) {

    public enum Kind { SERVICE, NETWORK, VOLUME, BIND_MOUNT, ENV_FILE, SECRET, CONFIG }

    public ElementRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    public static ElementRef service(String name) {
        return new ElementRef(Kind.SERVICE, name);
    }
}
