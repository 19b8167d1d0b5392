package org.stackcanvas.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.stackcanvas.document.ComposeDocument;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Where each service of one compose file is written, and the anchors it takes values from through
 * aliases and merge keys. Two services whose texts are equal, start at the same column and take
 * equal anchors at the same distance in lines resolve to the same values at the same relative
 * positions, which is what {@link Fingerprint#same} establishes by walking both trees; comparing
 * text is far cheaper. Whenever the text alone cannot tell (a '*' that is not a known alias, an
 * anchor defined more than once or inside the services, YAML directives), there is no span and
 * the caller compares the trees.
 */
final class ServiceSpans {

    /** A stretch of the text: char offsets, and the 0-based line and column where it starts. */
    private record Span(int start, int end, int line, int column) {
    }

    /** A service's own text and the anchors its value draws on. */
    private record Written(Span self, List<Span> anchors) {
    }

    private static final ServiceSpans NONE = new ServiceSpans("", Map.of());

    private final String text;
    /** The text's chars, for comparing whole texts with {@link Arrays#mismatch} (vectorised; charAt loops are not). */
    private final char[] chars;
    private final Map<String, Written> services;
    /** The texts this and {@link #comparedWith} share at the start and at the end, in chars. */
    private ServiceSpans comparedWith;
    private int commonStart;
    private int commonEnd;

    private ServiceSpans(String text, Map<String, Written> services) {
        this.text = text;
        this.chars = services.isEmpty() ? new char[0] : text.toCharArray();
        this.services = services;
    }

    static ServiceSpans of(ComposeDocument doc) {
        Objects.requireNonNull(doc, "doc");
        String text = doc.text();
        if (doc.root().isEmpty() || !(doc.root().get() instanceof MappingNode root) || hasDirectives(text)) {
            return NONE;
        }
        MappingNode services = null;
        Map<String, Span> anchors = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (NodeTuple t : root.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode key && "services".equals(key.getValue())) {
                if (services != null || !(t.getValueNode() instanceof MappingNode m)) {
                    return NONE;
                }
                services = m;
            } else {
                collectAnchors(doc, t.getValueNode(), anchors, ambiguous, 0);
            }
        }
        if (services == null) {
            return NONE;
        }
        Map<String, Written> out = new HashMap<>();
        Set<String> seen = new HashSet<>();
        Set<String> twice = new HashSet<>();
        Map<String, Boolean> definedOnce = new HashMap<>();
        for (NodeTuple t : services.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode key)) {
                continue;
            }
            String name = key.getValue();
            if (!seen.add(name)) {
                twice.add(name);
                continue;
            }
            Span self = span(doc, key, t.getValueNode());
            List<Span> used = new ArrayList<>();
            if (collectAliases(text, self, anchors, ambiguous, definedOnce, used, 0)) {
                out.put(name, new Written(self, used));
            }
        }
        out.keySet().removeAll(twice);
        return new ServiceSpans(text, out);
    }

    /**
     * Whether service {@code name} is written here exactly as in {@code previous}: same text from
     * the same column, drawing on anchors with the same text at the same distance in lines.
     */
    boolean sameAs(ServiceSpans previous, String name) {
        if (previous == null) {
            return false;
        }
        Written now = services.get(name);
        Written before = previous.services.get(name);
        if (now == null || before == null || now.anchors().size() != before.anchors().size()
                || !sameText(now.self(), previous, before.self())) {
            return false;
        }
        for (int i = 0; i < now.anchors().size(); i++) {
            Span a = now.anchors().get(i);
            Span b = before.anchors().get(i);
            if (a.line() - now.self().line() != b.line() - before.self().line() || !sameText(a, previous, b)) {
                return false;
            }
        }
        return true;
    }

    private boolean sameText(Span here, ServiceSpans previous, Span there) {
        int length = here.end() - here.start();
        if (here.column() != there.column() || length != there.end() - there.start()) {
            return false;
        }
        // An edit changes one stretch of the file: what lies wholly before or after it is unchanged.
        compareWith(previous);
        if (here.start() == there.start() && here.end() <= commonStart) {
            return true;
        }
        int fromEnd = chars.length - here.start();
        if (fromEnd == previous.chars.length - there.start() && fromEnd <= commonEnd) {
            return true;
        }
        return text.regionMatches(here.start(), previous.text, there.start(), length);
    }

    private void compareWith(ServiceSpans previous) {
        if (comparedWith == previous) {
            return;
        }
        comparedWith = previous;
        char[] a = chars;
        char[] b = previous.chars;
        int shorter = Math.min(a.length, b.length);
        int first = Arrays.mismatch(a, 0, shorter, b, 0, shorter);
        commonStart = first < 0 ? shorter : first;
        // The longest equal tail, not reaching back over the equal start: line up the ends and step
        // from one differing char to the next (only the edited stretch differs), giving up when there
        // are many, which only costs the cheap answer.
        int tail = shorter - commonStart;
        int aFrom = a.length - tail;
        int bFrom = b.length - tail;
        int lastDifference = -1;
        for (int steps = 0; steps < 4096; steps++) {
            int next = Arrays.mismatch(a, aFrom + lastDifference + 1, a.length, b, bFrom + lastDifference + 1, b.length);
            if (next < 0) {
                commonEnd = tail - lastDifference - 1;
                return;
            }
            lastDifference += next + 1;
        }
        commonEnd = 0;
    }

    private static Span span(ComposeDocument doc, Node from, Node to) {
        return new Span(doc.offsetOf(from.getStartMark()), doc.offsetOf(to.getEndMark()),
                from.getStartMark().getLine(), from.getStartMark().getColumn());
    }

    private static void collectAnchors(ComposeDocument doc, Node node, Map<String, Span> anchors,
            Set<String> ambiguous, int depth) {
        if (depth > 100) {
            return;
        }
        if (node.getAnchor() != null && anchors.put(node.getAnchor(), span(doc, node, node)) != null) {
            ambiguous.add(node.getAnchor());
        }
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                collectAnchors(doc, t.getKeyNode(), anchors, ambiguous, depth + 1);
                collectAnchors(doc, t.getValueNode(), anchors, ambiguous, depth + 1);
            }
        } else if (node instanceof SequenceNode s) {
            for (Node item : s.getValue()) {
                collectAnchors(doc, item, anchors, ambiguous, depth + 1);
            }
        }
    }

    /**
     * Adds to {@code out} the spans of the anchors a stretch of text refers to, nested ones
     * included, in the order met; false when an alias cannot be resolved from the text with certainty.
     */
    private static boolean collectAliases(String text, Span in, Map<String, Span> anchors, Set<String> ambiguous,
            Map<String, Boolean> resolved, List<Span> out, int depth) {
        if (depth > 20) {
            return false;
        }
        for (int star = text.indexOf('*', in.start()); star >= 0 && star < in.end();
                star = text.indexOf('*', star + 1)) {
            int end = star + 1;
            while (end < in.end() && isAnchorChar(text.charAt(end))) {
                end++;
            }
            String name = text.substring(star + 1, end);
            Span anchor = anchors.get(name);
            if (anchor == null || ambiguous.contains(name) || !definedOnce(text, name, resolved)) {
                return false;
            }
            out.add(anchor);
            if (!collectAliases(text, anchor, anchors, ambiguous, resolved, out, depth + 1)) {
                return false;
            }
        }
        return true;
    }

    /** Whether "&name" appears once in the whole text: no other definition anywhere, services included. */
    private static boolean definedOnce(String text, String name, Map<String, Boolean> checked) {
        Boolean known = checked.get(name);
        if (known != null) {
            return known;
        }
        String marker = "&" + name;
        int count = 0;
        for (int at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
            int after = at + marker.length();
            if (after >= text.length() || !isAnchorChar(text.charAt(after))) {
                count++;
            }
        }
        checked.put(name, count == 1);
        return count == 1;
    }

    private static boolean isAnchorChar(char c) {
        // YAML anchors end at whitespace or a flow indicator.
        return !Character.isWhitespace(c) && c != ',' && c != '[' && c != ']' && c != '{' && c != '}';
    }

    private static boolean hasDirectives(String text) {
        return text.startsWith("%") || text.startsWith("\uFEFF%") || text.contains("\n%");
    }
}
