package org.stackcanvas.document;

import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.CollectionNode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Where nodes are in the text. The parser's end marks of block collections run on to the next
 * token (past comments and blank lines), so the end of a value is found from its last scalar or
 * flow collection, whose marks are exact.
 */
final class TextSpans {

    private final ComposeDocument doc;
    private final String text;

    TextSpans(ComposeDocument doc) {
        this.doc = doc;
        this.text = doc.text();
    }

    String text() {
        return text;
    }

    int start(Node node) {
        return doc.offsetOf(node.getStartMark());
    }

    int end(Node node) {
        return doc.offsetOf(node.getEndMark());
    }

    /** Whether {@code value}, found under {@code key}, is an alias to a node written elsewhere. */
    boolean isAliasUse(Node key, Node value) {
        return start(value) < start(key);
    }

    boolean isAliasItem(SequenceNode seq, int index) {
        Node item = seq.getValue().get(index);
        if (start(item) < start(seq)) {
            return true;
        }
        for (int i = 0; i < index; i++) {
            if (seq.getValue().get(i) == item || start(seq.getValue().get(i)) >= start(item)) {
                return true;
            }
        }
        return false;
    }

    /** Offset just after the colon that follows {@code key}. */
    int afterColon(Node key) {
        int i = end(key);
        while (i < text.length() && text.charAt(i) != ':') {
            i++;
        }
        return Math.min(text.length(), i + 1);
    }

    /** Skips an anchor ({@code &a}) and a tag ({@code !reset}) written before a node's content. */
    int contentStart(Node node) {
        int i = start(node);
        while (i < text.length() && (text.charAt(i) == '&' || text.charAt(i) == '!')) {
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
        }
        return i;
    }

    /** The text range of the value of {@code tuple} as written at that place. */
    int[] valueSpan(NodeTuple tuple) {
        Node key = tuple.getKeyNode();
        Node value = tuple.getValueNode();
        if (isAliasUse(key, value)) {
            int i = skipSpaces(afterColon(key));
            int j = i;
            while (j < text.length() && !Character.isWhitespace(text.charAt(j)) && text.charAt(j) != ',' && text.charAt(j) != '}') {
                j++;
            }
            return new int[] {i, j};
        }
        if (isEmptyScalar(value)) {
            int colon = afterColon(key);
            return new int[] {colon, colon};
        }
        return new int[] {start(value), contentEnd(value)};
    }

    boolean isEmptyScalar(Node node) {
        return node instanceof ScalarNode s && s.getValue().isEmpty() && s.getScalarStyle() == ScalarStyle.PLAIN;
    }

    /** End of the node's own text: its last character, not the whitespace or comments after it. */
    int contentEnd(Node node) {
        if (node instanceof ScalarNode s) {
            int end = end(s);
            if (s.getScalarStyle() == ScalarStyle.LITERAL || s.getScalarStyle() == ScalarStyle.FOLDED) {
                while (end > start(s) && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
            }
            return end;
        }
        CollectionNode<?> collection = (CollectionNode<?>) node;
        if (collection.getFlowStyle() == FlowStyle.FLOW) {
            return end(node);
        }
        if (node instanceof MappingNode map) {
            if (map.getValue().isEmpty()) {
                return start(node);
            }
            NodeTuple last = map.getValue().get(map.getValue().size() - 1);
            int[] span = valueSpan(last);
            return Math.max(span[1], end(last.getKeyNode()) + 1);
        }
        SequenceNode seq = (SequenceNode) node;
        if (seq.getValue().isEmpty()) {
            return start(node);
        }
        int lastIndex = seq.getValue().size() - 1;
        if (isAliasItem(seq, lastIndex)) {
            return aliasItemEnd(seq, lastIndex);
        }
        return contentEnd(seq.getValue().get(lastIndex));
    }

    /** End of an alias written as a block list item ({@code - *name}). */
    private int aliasItemEnd(SequenceNode seq, int index) {
        String anchor = seq.getValue().get(index).getAnchor();
        int from = index == 0 ? start(seq) : contentEnd(seq.getValue().get(index - 1));
        int at = text.indexOf("*" + anchor, from);
        return at < 0 ? from : at + anchor.length() + 1;
    }

    int skipSpaces(int i) {
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    int lineStart(int offset) {
        int i = offset;
        while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
            i--;
        }
        return i;
    }

    /** Offset of the line break ending the line that holds {@code offset} (or the text's end). */
    int lineEnd(int offset) {
        int i = offset;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    /** Start of the next line, or the text's end when this is the last line. */
    int nextLineStart(int offset) {
        int i = lineEnd(offset);
        if (i < text.length() && text.charAt(i) == '\r') {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '\n') {
            i++;
        }
        return i;
    }

    boolean onlySpacesBefore(int offset) {
        for (int i = lineStart(offset); i < offset; i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Whether the line starting at {@code lineStart} holds only a comment whose '#' is right of {@code column}. */
    boolean isCommentIndentedPast(int lineStart, int column) {
        int i = skipSpaces(lineStart);
        return i < text.length() && text.charAt(i) == '#' && i - lineStart > column;
    }

    int column(int offset) {
        return offset - lineStart(offset);
    }

    /** The dash of a block list item, searching back from the item's content. */
    int dashOf(Node item) {
        int i = start(item) - 1;
        while (i >= 0 && text.charAt(i) != '-') {
            i--;
        }
        return Math.max(0, i);
    }
}
