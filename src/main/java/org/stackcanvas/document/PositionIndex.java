package org.stackcanvas.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Maps a source position (as carried by {@link YValue#location()} and {@link YMap.Entry#keyLocation()})
 * back to the path where that text is written, so an edit can patch a value wherever it is defined,
 * even inside an anchor shared through merge keys.
 */
public final class PositionIndex {

    /** Where a node is written: its path, and for a key, the path of its mapping. */
    public record Place(List<Object> path, boolean isKey) {
    }

    private final Map<Long, Place> values = new HashMap<>();
    private final Map<Long, Place> keys = new HashMap<>();

    public PositionIndex(ComposeDocument doc) {
        doc.root().ifPresent(root -> walk(root, new ArrayList<>(), new TextSpans(doc), 0));
    }

    private void walk(Node node, List<Object> path, TextSpans spans, int depth) {
        values.putIfAbsent(key(node), new Place(List.copyOf(path), false));
        if (depth > 200) {
            return;
        }
        if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode k) || spans.isAliasUse(t.getKeyNode(), t.getValueNode())) {
                    continue;
                }
                keys.putIfAbsent(key(k), new Place(List.copyOf(path), true));
                path.add(k.getValue());
                walk(t.getValueNode(), path, spans, depth + 1);
                path.remove(path.size() - 1);
            }
        } else if (node instanceof SequenceNode seq) {
            for (int i = 0; i < seq.getValue().size(); i++) {
                if (spans.isAliasItem(seq, i)) {
                    continue;
                }
                path.add(i);
                walk(seq.getValue().get(i), path, spans, depth + 1);
                path.remove(path.size() - 1);
            }
        }
    }

    private static long key(Node node) {
        return key(node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
    }

    private static long key(int line, int column) {
        return ((long) line << 32) | column;
    }

    /** The path of the value written at {@code location}. */
    public Place valueAt(SourceLocation location) {
        return values.get(key(location.line(), location.column()));
    }

    /** The path of the mapping whose key is written at {@code location}. */
    public Place keyAt(SourceLocation location) {
        return keys.get(key(location.line(), location.column()));
    }
}
