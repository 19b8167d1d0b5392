package org.stackcanvas.project;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Where a value sits in a compose model, as the dotted path Compose's own rules are written in
 * ({@code services.web.environment}). List items are {@code [n]} segments. Patterns use {@code *}
 * for any single segment, so a rule table reads like the specification.
 */
public final class TreePath {

    private static final TreePath ROOT = new TreePath(List.of());

    private final List<String> segments;

    private TreePath(List<String> segments) {
        this.segments = segments;
    }

    public static TreePath root() {
        return ROOT;
    }

    public static TreePath of(String... segments) {
        return new TreePath(List.of(segments));
    }

    public TreePath child(String segment) {
        Objects.requireNonNull(segment, "segment");
        List<String> next = new ArrayList<>(segments.size() + 1);
        next.addAll(segments);
        next.add(segment);
        return new TreePath(Collections.unmodifiableList(next));
    }

    public TreePath item(int index) {
        return child("[" + index + "]");
    }

    public int depth() {
        return segments.size();
    }

    public String segment(int index) {
        return segments.get(index);
    }

    /** Whether this path matches {@code pattern}, a dotted path where {@code *} stands for any segment. */
    public boolean matches(String pattern) {
        return matches(Pattern.compile(pattern));
    }

    public boolean matches(Pattern pattern) {
        if (pattern.parts.length != segments.size()) {
            return false;
        }
        for (int i = 0; i < pattern.parts.length; i++) {
            String part = pattern.parts[i];
            if (!part.equals("*") && !part.equals(segments.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (String s : segments) {
            if (sb.length() > 0 && !s.startsWith("[")) {
                sb.append('.');
            }
            sb.append(s);
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TreePath p && p.segments.equals(segments);
    }

    @Override
    public int hashCode() {
        return segments.hashCode();
    }

    /** A compiled path pattern; keys may contain dots only as separators, which compose keys here never need. */
    public static final class Pattern {
        private final String text;
        private final String[] parts;

        private Pattern(String text) {
            this.text = text;
            this.parts = text.split("\\.");
        }

        public static Pattern compile(String text) {
            Objects.requireNonNull(text, "text");
            return new Pattern(text);
        }

        @Override
        public String toString() {
            return text;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Pattern p && Arrays.equals(p.parts, parts);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(parts);
        }
    }
}
