package org.stackcanvas.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Immutable copies that keep the order the user wrote ({@code Map.copyOf} does not). */
final class Copies {

    private Copies() {
    }

    static <K, V> Map<K, V> ordered(Map<K, V> map) {
        return map.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
