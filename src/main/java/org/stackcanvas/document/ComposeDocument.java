package org.stackcanvas.document;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/**
 * One YAML file as the user wrote it: the exact source text (which is what gets saved) plus the
 * parsed node tree with positions, and the resolved value tree. Immutable: an edit makes a new
 * document from patched text, so an unchanged document always saves the bytes it was read from.
 */
public final class ComposeDocument {

    private final String name;
    private final Path path;
    private final SourceText source;
    private final Node root;
    private final YValue tree;
    private final int[] charOffsetOfCodePoint;

    ComposeDocument(String name, Path path, SourceText source, Node root, YValue tree) {
        this.name = Objects.requireNonNull(name, "name");
        this.path = path;
        this.source = Objects.requireNonNull(source, "source");
        this.root = root;
        this.tree = Objects.requireNonNull(tree, "tree");
        this.charOffsetOfCodePoint = codePointTable(source.text());
    }

    /** The name used in messages (the path as the user gave it, or a label for unsaved text). */
    public String name() {
        return name;
    }

    /** The file this document was read from, if any. */
    public Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    public SourceText source() {
        return source;
    }

    public String text() {
        return source.text();
    }

    /** The exact bytes to write: the input bytes when nothing was edited. */
    public byte[] toBytes() {
        return source.toBytes();
    }

    /** The YAML node tree with positions; empty when the file holds only comments, blanks or markers. */
    public Optional<Node> root() {
        return Optional.ofNullable(root);
    }

    /** Aliases and merge keys resolved; an empty file gives an empty mapping. */
    public YValue tree() {
        return tree;
    }

    /** The char offset in {@link #text()} of a parser mark (marks count code points). */
    public int offsetOf(Mark mark) {
        int index = mark.getIndex();
        if (charOffsetOfCodePoint == null) {
            return index;
        }
        return charOffsetOfCodePoint[Math.min(index, charOffsetOfCodePoint.length - 1)];
    }

    public SourceLocation locationOf(Mark mark) {
        return new SourceLocation(name, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** Only texts with characters outside the BMP need a table; the rest map one to one. */
    private static int[] codePointTable(String text) {
        boolean surrogates = false;
        for (int i = 0; i < text.length() && !surrogates; i++) {
            surrogates = Character.isSurrogate(text.charAt(i));
        }
        if (!surrogates) {
            return null;
        }
        int[] table = new int[text.codePointCount(0, text.length()) + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            table[cp++] = i;
        }
        table[cp] = text.length();
        return table;
    }
}
