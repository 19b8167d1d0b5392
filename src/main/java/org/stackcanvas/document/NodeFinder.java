package org.stackcanvas.document;

import java.util.List;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.nodes.CollectionNode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Finds nodes as written (no merge keys followed) by a path of keys and list indexes. */
public final class NodeFinder {

    private final ComposeDocument doc;
    private final TextSpans spans;

    public NodeFinder(ComposeDocument doc) {
        this.doc = doc;
        this.spans = new TextSpans(doc);
    }

    TextSpans spans() {
        return spans;
    }

    /** The node at {@code path}, or null when some step is not written in the file. */
    public Node find(List<Object> path) {
        Node node = doc.root().orElse(null);
        for (Object step : path) {
            node = child(node, step);
            if (node == null) {
                return null;
            }
        }
        return node;
    }

    Node require(List<Object> path) throws DocumentException {
        if (path.isEmpty() && doc.root().isEmpty()) {
            // An empty file: treat it as an empty value that will become the root mapping.
            return new ScalarNode(org.yaml.snakeyaml.nodes.Tag.NULL, "", null, null,
                    org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN);
        }
        Node node = find(path);
        if (node == null) {
            throw new DocumentException(SourceLocation.file(doc.name()), "nothing at " + describe(path));
        }
        if (!isLocal(path)) {
            throw new DocumentException(doc.locationOf(node.getStartMark()),
                    describe(path) + " is reached through an alias; edit a local copy instead");
        }
        return node;
    }

    /** Whether every step of {@code path} is written at its own place (not reached through an alias). */
    public boolean isLocal(List<Object> path) {
        Node node = doc.root().orElse(null);
        for (Object step : path) {
            if (node instanceof MappingNode map && step instanceof String key) {
                NodeTuple t = tuple(map, key);
                if (t == null || spans.isAliasUse(t.getKeyNode(), t.getValueNode())) {
                    return false;
                }
                node = t.getValueNode();
            } else if (node instanceof SequenceNode seq && step instanceof Integer index) {
                if (index >= seq.getValue().size() || spans.isAliasItem(seq, index)) {
                    return false;
                }
                node = seq.getValue().get(index);
            } else {
                return false;
            }
        }
        return true;
    }

    boolean insideFlow(List<Object> path) {
        Node node = doc.root().orElse(null);
        for (Object step : path) {
            if (node instanceof CollectionNode<?> c && c.getFlowStyle() == FlowStyle.FLOW) {
                return true;
            }
            node = child(node, step);
        }
        return false;
    }

    private static Node child(Node node, Object step) {
        if (node instanceof MappingNode map && step instanceof String key) {
            NodeTuple t = tuple(map, key);
            return t == null ? null : t.getValueNode();
        }
        if (node instanceof SequenceNode seq && step instanceof Integer index) {
            return index >= 0 && index < seq.getValue().size() ? seq.getValue().get(index) : null;
        }
        return null;
    }

    static NodeTuple tuple(MappingNode map, String key) {
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)
                    && !s.getTag().equals(org.yaml.snakeyaml.nodes.Tag.MERGE)) {
                return t;
            }
        }
        return null;
    }

    public static String describe(List<Object> path) {
        StringBuilder out = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer i) {
                out.append('[').append(i).append(']');
            } else {
                out.append(out.length() == 0 ? "" : ".").append(step);
            }
        }
        return out.length() == 0 ? "the top level" : out.toString();
    }
}
