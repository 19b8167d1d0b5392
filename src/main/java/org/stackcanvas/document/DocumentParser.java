package org.stackcanvas.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads compose files into {@link ComposeDocument}s. Loading is safe: only the node tree is built,
 * never Java objects, so no tag can instantiate anything. Every failure is a
 * {@link DocumentException} that says where and what to do.
 */
public final class DocumentParser {

    private final ParseLimits limits;

    public DocumentParser(ParseLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    public DocumentParser() {
        this(ParseLimits.DEFAULT);
    }

    public ParseLimits limits() {
        return limits;
    }

    /** Reads a file; the path as given is the name used in messages. */
    public ComposeDocument read(Path file) throws DocumentException {
        String name = file.toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            checkSize(name, size);
            // The size can lie (pipes, /dev/zero, a file still growing): never read past the limit.
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
            }
        } catch (NoSuchFileException e) {
            throw new DocumentException(SourceLocation.file(name).withoutPosition(),
                    "file not found; check the path");
        } catch (IOException e) {
            throw new DocumentException(SourceLocation.file(name).withoutPosition(),
                    "cannot read the file: " + e.getMessage());
        }
        return parse(name, file, bytes);
    }

    /** Parses bytes read elsewhere ({@code path} may be null for text that has no file yet). */
    public ComposeDocument parse(String name, Path path, byte[] bytes) throws DocumentException {
        checkSize(name, bytes.length);
        return parse(name, path, SourceText.decode(name, bytes));
    }

    /** Parses text, keeping the framing (BOM) of {@code source}. */
    public ComposeDocument parse(String name, Path path, SourceText source) throws DocumentException {
        checkSize(name, source.text().length());
        Node root = compose(name, source.text());
        YValue tree = root == null
                ? YMap.empty(SourceLocation.file(name))
                : new TreeBuilder(name, limits).build(root);
        return new ComposeDocument(name, path, source, root, tree);
    }

    /** Parses plain text, as typed in an editor. */
    public ComposeDocument parseText(String name, String text) throws DocumentException {
        return parse(name, null, new SourceText(text, false));
    }

    private void checkSize(String name, long size) throws DocumentException {
        if (size > limits.maxBytes()) {
            throw new DocumentException(SourceLocation.file(name).withoutPosition(), String.format(
                    "the file is %.1f MiB, over the %.1f MiB limit for compose files; "
                            + "is this really a compose file?",
                    size / 1048576.0, limits.maxBytes() / 1048576.0));
        }
    }

    /** The root node, or null when the file holds no YAML value (empty, comments, bare markers). */
    private Node compose(String name, String text) throws DocumentException {
        TabSeparation tabs = new TabSeparation(text);
        while (true) {
            Node root;
            try {
                root = composeOnce(name, text, tabs.text());
            } catch (MarkedYAMLException e) {
                if (tabs.relax(e)) {
                    continue;
                }
                throw yamlError(name, e);
            }
            if (!tabs.restoreTabsInValues(root)) {
                return root;
            }
        }
    }

    private Node composeOnce(String name, String text, String parsed) throws DocumentException {
        LoaderOptions options = new LoaderOptions();
        // Aliases are bounded by expanded size in TreeBuilder, not by count: big files that use an
        // anchor in every service are normal.
        options.setMaxAliasesForCollections(Integer.MAX_VALUE);
        options.setNestingDepthLimit(limits.maxNestingDepth());
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxBytes() + 1));
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        // Tags never construct objects here (only nodes are built); TreeBuilder refuses any tag but
        // Compose's own with a located message, so the parser may accept them all.
        options.setTagInspector(tag -> true);
        ParserImpl parser = new ParserImpl(new StreamReader(parsed), options);
        try {
            return singleDocument(name, new Composer(parser, new Resolver(), options), parser);
        } catch (MarkedYAMLException e) {
            throw e;
        } catch (ReaderException e) {
            throw new DocumentException(locateCodePoint(name, text, e.getPosition()), String.format(
                    "the file contains the control character U+%04X, which YAML does not allow; "
                            + "remove it (is this a text file?)", e.getCodePoint()));
        } catch (YAMLException e) {
            String message = e.getMessage();
            if (message != null && message.startsWith("Nesting Depth exceeded")) {
                throw new DocumentException(currentPosition(name, parser), "the YAML is nested more than "
                        + limits.maxNestingDepth() + " levels deep here; compose files are never this deep");
            }
            throw new DocumentException(SourceLocation.file(name), "invalid YAML: " + message);
        } catch (StackOverflowError e) {
            throw new DocumentException(currentPosition(name, parser),
                    "the YAML is nested too deeply to read; flatten it");
        }
    }

    /**
     * The one document of the file. Documents with no content (a stray {@code ---} before or after
     * it) are skipped, as Compose skips them; a second document with content is an error.
     */
    private static Node singleDocument(String name, Composer composer, ParserImpl parser)
            throws DocumentException {
        Node found = null;
        while (composer.checkNode()) {
            Mark start = parser.peekEvent().getStartMark();
            Node node = composer.getNode();
            if (isEmptyDocument(node)) {
                continue;
            }
            if (found != null) {
                throw new DocumentException(new SourceLocation(name, start.getLine() + 1, start.getColumn() + 1),
                        "a second YAML document starts here (after a '---' separator); StackCanvas edits "
                                + "one document per file: move it to its own compose file");
            }
            found = node;
        }
        return found;
    }

    private static boolean isEmptyDocument(Node node) {
        return node instanceof ScalarNode s && s.isPlain() && s.getValue().isEmpty()
                && s.getTag().equals(Tag.NULL) && s.getAnchor() == null;
    }

    /** Where the parser stopped, for errors SnakeYAML reports without a position. */
    private static SourceLocation currentPosition(String name, ParserImpl parser) {
        try {
            Mark mark = parser.peekEvent().getStartMark();
            return new SourceLocation(name, mark.getLine() + 1, mark.getColumn() + 1);
        } catch (RuntimeException | StackOverflowError e) {
            return SourceLocation.file(name);
        }
    }

    private static SourceLocation locateCodePoint(String name, String text, int codePointIndex) {
        int offset = text.offsetByCodePoints(0, Math.min(codePointIndex, text.codePointCount(0, text.length())));
        return SourceText.locate(name, text, offset);
    }

    private static DocumentException yamlError(String name, MarkedYAMLException e) {
        Mark problemMark = e.getProblemMark();
        Mark contextMark = e.getContextMark();
        String problem = e.getProblem() == null ? "cannot parse" : e.getProblem();
        // Something never closed (a quote, a bracket) is found at the end of the file, but the
        // place to fix is where it opens.
        boolean unclosed = contextMark != null
                && (problem.contains("end of stream") || problem.contains("<stream end>"));
        Mark mark = unclosed || problemMark == null ? contextMark : problemMark;
        SourceLocation at = mark == null ? SourceLocation.file(name)
                : new SourceLocation(name, mark.getLine() + 1, mark.getColumn() + 1);
        StringBuilder msg = new StringBuilder("invalid YAML: ");
        if (problem.contains("that cannot start any token")) {
            msg.append(tokenStartProblem(problem));
        } else {
            if (e.getContext() != null) {
                msg.append(e.getContext()).append(", ");
            }
            msg.append(problem);
        }
        if (unclosed) {
            msg.append(": it starts here and is never closed");
        } else if (contextMark != null && problemMark != null && contextMark.getLine() != problemMark.getLine()) {
            msg.append(" (the construct starts at line ").append(contextMark.getLine() + 1).append(')');
        }
        return new DocumentException(at, msg.toString());
    }

    /** SnakeYAML says "Do not use X for indentation" for any X; say what is really wrong. */
    private static String tokenStartProblem(String problem) {
        if (problem.contains("(TAB)")) {
            return "a tab here; YAML needs spaces for indentation and after a '-' or '?': "
                    + "replace the tab with spaces";
        }
        int quote = problem.indexOf('\'');
        int end = quote < 0 ? -1 : problem.indexOf('\'', quote + 1);
        String what = end > quote + 1 ? problem.substring(quote, end + 1) : "this character";
        return what + " cannot start a value; put the value in quotes";
    }
}
