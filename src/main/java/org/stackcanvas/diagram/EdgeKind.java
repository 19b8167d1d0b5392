package org.stackcanvas.diagram;

/** What a wire of the stack graph means; every wire goes from a service. */
public enum EdgeKind { NETWORK, VOLUME, BIND_MOUNT, ENV_FILE, SECRET, CONFIG, DEPENDS_ON }
