package org.stackcanvas.document;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Lets the parser accept the tabs that Compose accepts. SnakeYAML (YAML 1.1) refuses a tab as the
 * space between two tokens of a block line ({@code image:\tnginx}, {@code ports: []\t# note},
 * {@code x: !reset\t[]}, {@code cmd: |\t# why}), while Compose's YAML reader (go-yaml, a libyaml
 * port) skips tabs there: everywhere except in indentation and right after the indicators
 * {@code -}, {@code ?} and a complex key's {@code :}.
 *
 * <p>Such tabs are turned into spaces in the text given to the parser only. Tab and space are both
 * one character, so every line, column and offset the parser reports is that of the real text,
 * and the saved bytes are the original ones. Nothing changes for a file SnakeYAML reads as it is.
 *
 * <p>When the parser first stops at such a tab, every tab that could be separation is replaced at
 * once (one more parse, not one per tab). A tab that turns out to lie inside a value (a quoted or
 * block scalar) is then put back and the text parsed again, so values keep their tabs. Should
 * anything else go wrong, single tabs are replaced exactly where the parser stops, which is always
 * between tokens.
 */
final class TabSeparation {

    /**
     * Characters the parser may scan while replacing single tabs, summed over attempts, so a huge
     * file full of them gets its error instead of a long wait.
     */
    private static final long SCAN_BUDGET = 8L * 1024 * 1024;

    private final String original;
    private char[] text;
    private int[] charOffsetOfCodePoint;
    private final BitSet replaced = new BitSet();
    private final BitSet inValues = new BitSet();
    /** Tabs the parser itself stopped at: certainly separation, never put back. */
    private final BitSet confirmed = new BitSet();
    private boolean replacedAll;
    private long scanned;

    TabSeparation(String text) {
        this.original = text;
    }

    /** The text to give the parser: the source with the accepted tabs turned into spaces. */
    String text() {
        return text == null ? original : new String(text);
    }

    /**
     * If {@code e} is SnakeYAML refusing a separating tab that Compose accepts, replaces tabs and
     * returns true (parse {@link #text()} again); otherwise returns false.
     */
    boolean relax(MarkedYAMLException e) {
        Mark problem = e.getProblemMark();
        if (problem == null) {
            return false;
        }
        int at = charOffset(problem.getIndex());
        scanned += at;
        if (at >= original.length() || original.charAt(at) != '\t' || scanned > SCAN_BUDGET
                || !separating(e, at)) {
            return false;
        }
        if (text == null) {
            text = original.toCharArray();
        }
        replace(at);
        confirmed.set(at);
        if (!replacedAll) {
            replacedAll = true;
            replaceEveryCandidate();
        }
        return true;
    }

    /**
     * After a successful parse: puts back the replaced tabs that lie inside a scalar (they are part
     * of a value, not separation) and returns true if the text must be parsed again.
     */
    boolean restoreTabsInValues(Node root) {
        if (replaced.isEmpty() || root == null) {
            return false;
        }
        boolean restored = false;
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (!seen.add(node)) {
                continue;
            }
            if (node instanceof ScalarNode) {
                int start = charOffset(node.getStartMark().getIndex());
                int end = charOffset(node.getEndMark().getIndex());
                for (int i = replaced.nextSetBit(start); i >= 0 && i < end; i = replaced.nextSetBit(i + 1)) {
                    if (confirmed.get(i)) {
                        continue; // a scalar's span starts at its anchor or tag and holds a block header
                    }
                    text[i] = '\t';
                    replaced.clear(i);
                    inValues.set(i);
                    restored = true;
                }
            } else if (node instanceof MappingNode map) {
                for (NodeTuple tuple : map.getValue()) {
                    todo.push(tuple.getKeyNode());
                    todo.push(tuple.getValueNode());
                }
            } else if (node instanceof SequenceNode seq) {
                seq.getValue().forEach(todo::push);
            }
        }
        return restored;
    }

    private void replace(int at) {
        text[at] = ' ';
        replaced.set(at);
    }

    /** Whether the parser stopped between tokens, where a tab is only separation. */
    private boolean separating(MarkedYAMLException e, int at) {
        String context = e.getContext() == null ? "" : e.getContext();
        if (context.startsWith("while scanning for the next token")) {
            return goSkipsTabAt(at);
        }
        if (context.startsWith("while scanning a tag")) {
            return true; // the tab ends the tag, as a space would
        }
        if (context.startsWith("while scanning a block scalar")) {
            // only the header line ("|-  # note") can hold it: content tabs never reach here
            Mark start = e.getContextMark();
            return start != null && start.getLine() == e.getProblemMark().getLine();
        }
        return false;
    }

    /**
     * go-yaml skips a tab between tokens unless a simple key may start there: at the start of a
     * line (indentation) and after the indicators {@code - ? :} that open a line's content.
     */
    private boolean goSkipsTabAt(int tab) {
        int lineStart = tab;
        while (lineStart > 0 && original.charAt(lineStart - 1) != '\n' && original.charAt(lineStart - 1) != '\r') {
            lineStart--;
        }
        int last = tab - 1;
        while (last >= lineStart && (original.charAt(last) == ' ' || original.charAt(last) == '\t')) {
            last--;
        }
        return last >= lineStart && !onlyIndicators(lineStart, last + 1);
    }

    /** {@link #goSkipsTabAt} for every tab of the text, in one pass. */
    private void replaceEveryCandidate() {
        boolean content = false; // something on this line before the tab...
        boolean onlyIndicators = true; // ...and it is not just "- ", "? ", ": "
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (c == '\n' || c == '\r') {
                content = false;
                onlyIndicators = true;
            } else if (c == '\t') {
                if (content && !onlyIndicators && !inValues.get(i)) {
                    replace(i);
                }
            } else if (c != ' ') {
                content = true;
                char next = i + 1 < original.length() ? original.charAt(i + 1) : '\n';
                boolean indicator = (c == '-' || c == '?' || c == ':')
                        && (next == ' ' || next == '\t' || next == '\n' || next == '\r');
                onlyIndicators &= indicator;
            }
        }
    }

    /** True when original[from, to) is blanks and indicators {@code - ? :} each followed by a blank. */
    private boolean onlyIndicators(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = original.charAt(i);
            if (c == ' ' || c == '\t') {
                continue;
            }
            boolean indicator = (c == '-' || c == '?' || c == ':')
                    && (i + 1 == to || original.charAt(i + 1) == ' ' || original.charAt(i + 1) == '\t');
            if (!indicator) {
                return false;
            }
        }
        return true;
    }

    /** Parser marks count code points; the text is UTF-16. */
    private int charOffset(int codePointIndex) {
        if (charOffsetOfCodePoint == null) {
            charOffsetOfCodePoint = codePointTable(original);
        }
        if (charOffsetOfCodePoint.length == 0) {
            return Math.min(codePointIndex, original.length());
        }
        return charOffsetOfCodePoint[Math.min(codePointIndex, charOffsetOfCodePoint.length - 1)];
    }

    /** Empty when every character is one code point (no table needed). */
    private static int[] codePointTable(String s) {
        if (s.codePointCount(0, s.length()) == s.length()) {
            return new int[0];
        }
        int[] table = new int[s.codePointCount(0, s.length()) + 1];
        int cp = 0;
        for (int i = 0; i < s.length(); i = s.offsetByCodePoints(i, 1)) {
            table[cp++] = i;
        }
        table[cp] = s.length();
        return table;
    }
}
