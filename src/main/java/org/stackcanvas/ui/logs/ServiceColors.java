package org.stackcanvas.ui.logs;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * A service's colour in the log: one of a fixed palette (style classes {@code log-service-0} to
 * {@code log-service-7} in logs.css, with a light and a dark shade each). The colour comes from
 * the name, so a service keeps it across sessions; when two services of the project would share
 * one, the later name (alphabetically) takes the next free colour, so the project's services stay
 * apart while the project's set of services is the same.
 */
final class ServiceColors {

    static final int PALETTE_SIZE = 8;

    private final Map<String, Integer> assigned = new HashMap<>();

    /** Gives the project's services their colours. */
    void assign(Collection<String> services) {
        assigned.clear();
        boolean[] taken = new boolean[PALETTE_SIZE];
        for (String service : new TreeSet<>(services)) {
            int index = preferred(service);
            for (int step = 0; step < PALETTE_SIZE && taken[index]; step++) {
                index = (index + 1) % PALETTE_SIZE;
            }
            if (taken[index]) {
                index = preferred(service); // more services than colours: some share
            }
            taken[index] = true;
            assigned.put(service, index);
        }
    }

    int index(String service) {
        Integer index = assigned.get(service);
        return index != null ? index : preferred(service);
    }

    String styleClass(String service) {
        return "log-service-" + index(service);
    }

    static int preferred(String service) {
        // FNV-1a: String.hashCode spreads short similar names (web1, web2) poorly over 8 slots.
        int hash = 0x811c9dc5;
        for (int i = 0; i < service.length(); i++) {
            hash ^= service.charAt(i);
            hash *= 0x01000193;
        }
        return Math.floorMod(hash, PALETTE_SIZE);
    }
}
