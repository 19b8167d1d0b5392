package org.stackcanvas.document;

import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The file's own layout habits, so that inserted lines look like the user's: the indentation step,
 * whether list items are indented under their key ({@code key:\n  - a}) or not
 * ({@code key:\n- a}), and the line ending.
 */
public record YamlStyle(int indent, boolean indentSequences, String lineEnding) {

    public static YamlStyle of(ComposeDocument doc) {
        Map<Integer, Integer> steps = new HashMap<>();
        int[] sequences = new int[2]; // [indented, flush]
        doc.root().ifPresent(root -> survey(root, steps, sequences, 0));
        int indent = 2;
        int best = 0;
        for (int step = 1; step <= 8; step++) {
            int count = steps.getOrDefault(step, 0);
            if (count > best) {
                best = count;
                indent = step;
            }
        }
        boolean indented = sequences[0] >= sequences[1];
        return new YamlStyle(indent, indented, doc.source().lineEnding());
    }

    private static void survey(Node node, Map<Integer, Integer> steps, int[] sequences, int depth) {
        if (depth > 6 || !(node instanceof MappingNode map) || map.getFlowStyle() == FlowStyle.FLOW) {
            return;
        }
        for (NodeTuple t : map.getValue()) {
            int keyColumn = t.getKeyNode().getStartMark().getColumn();
            Node value = t.getValueNode();
            int valueColumn = value.getStartMark().getColumn();
            if (value.getStartMark().getLine() <= t.getKeyNode().getStartMark().getLine()) {
                continue; // inline value or an alias defined elsewhere
            }
            if (value instanceof MappingNode m && m.getFlowStyle() == FlowStyle.BLOCK) {
                steps.merge(valueColumn - keyColumn, 1, Integer::sum);
                survey(value, steps, sequences, depth + 1);
            } else if (value instanceof SequenceNode s && s.getFlowStyle() == FlowStyle.BLOCK) {
                // A block sequence starts at its first dash.
                sequences[valueColumn > keyColumn ? 0 : 1]++;
            }
        }
    }

    public String spaces(int column) {
        return " ".repeat(Math.max(0, column));
    }
}
