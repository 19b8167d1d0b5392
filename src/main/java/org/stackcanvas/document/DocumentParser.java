package org.stackcanvas.document;

import java.io.IOException;
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
import org.yaml.snakeyaml.parser.ParserImpl;
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
            bytes = Files.readAllBytes(file);
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

    private Node compose(String name, String text) throws DocumentException {
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
        try {
            Composer composer = new Composer(new ParserImpl(new StreamReader(text), options), new Resolver(), options);
            return composer.getSingleNode();
        } catch (MarkedYAMLException e) {
            throw yamlError(name, e);
        } catch (YAMLException e) {
            throw new DocumentException(SourceLocation.file(name), limitMessage(e.getMessage()));
        } catch (StackOverflowError e) {
            throw new DocumentException(SourceLocation.file(name),
                    "the YAML is nested too deeply to read; flatten it");
        }
    }

    private static String limitMessage(String message) {
        if (message != null && message.startsWith("Nesting Depth exceeded")) {
            return "the YAML is nested too deeply (" + message + "); compose files are never this deep";
        }
        return "invalid YAML: " + message;
    }

    private static DocumentException yamlError(String name, MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        SourceLocation at = mark == null ? SourceLocation.file(name)
                : new SourceLocation(name, mark.getLine() + 1, mark.getColumn() + 1);
        StringBuilder msg = new StringBuilder("invalid YAML: ");
        if (e.getContext() != null) {
            msg.append(e.getContext()).append(", ");
        }
        msg.append(e.getProblem() == null ? "cannot parse" : e.getProblem());
        if (e.getContextMark() != null && e.getProblemMark() != null
                && e.getContextMark().getLine() != e.getProblemMark().getLine()) {
            msg.append(" (the construct starts at line ").append(e.getContextMark().getLine() + 1).append(')');
        }
        String problem = msg.toString();
        if (problem.contains("expected a single document")) {
            problem = "the file holds more than one YAML document (a '---' separator); "
                    + "Compose reads exactly one: split it into separate files";
        }
        return new DocumentException(at, problem);
    }
}
