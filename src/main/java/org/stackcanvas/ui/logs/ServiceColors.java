package org.stackcanvas.ui.logs;

/**
 * A service's colour in the log: one of a fixed palette (style classes {@code log-service-0} to
 * {@code log-service-7} in logs.css, with a light and a dark shade each), chosen from the name
 * alone, so a service has the same colour in every session and whatever else runs.
 */
final class ServiceColors {

    static final int PALETTE_SIZE = 8;

    private ServiceColors() {
    }

    static int index(String service) {
        // FNV-1a: String.hashCode spreads short similar names (web1, web2) poorly over 8 slots.
        int hash = 0x811c9dc5;
        for (int i = 0; i < service.length(); i++) {
            hash ^= service.charAt(i);
            hash *= 0x01000193;
        }
        return Math.floorMod(hash, PALETTE_SIZE);
    }

    static String styleClass(String service) {
        return "log-service-" + index(service);
    }
}
