package org.stackcanvas.ui.canvas;

import java.util.HashMap;
import java.util.Map;

/** The problem marker of each node: its worst severity and how many problems it has. */
final class NodeProblems {

    private final Map<String, String> severities = new HashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();

    /** {@code severity} null clears the node's marker. */
    void set(String nodeId, String severity, int count) {
        if (severity == null) {
            severities.remove(nodeId);
            counts.remove(nodeId);
        } else {
            severities.put(nodeId, severity);
            counts.put(nodeId, count);
        }
    }

    String severity(String nodeId) {
        return severities.get(nodeId);
    }

    int count(String nodeId) {
        return counts.getOrDefault(nodeId, 0);
    }
}
