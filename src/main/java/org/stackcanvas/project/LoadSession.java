package org.stackcanvas.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.DocumentParser;
import org.stackcanvas.document.SourceLocation;
import org.stackcanvas.document.YMap;
import org.stackcanvas.document.YValue;

/**
 * State of one project load: every document read (each file once, in the order first read), the
 * interpolated model of each file per {@link Scope} (so a file extended twice warns once), and the
 * warnings collected so far. Not shared between loads.
 */
final class LoadSession {

    private record Key(Path file, Scope scope) {
    }

    private final DocumentParser parser;
    private final FileNames names;
    private final Map<Path, ComposeDocument> documents = new LinkedHashMap<>();
    private final Map<Key, YMap> models = new HashMap<>();
    private final List<LoadWarning> warnings = new ArrayList<>();

    private final Map<Path, ComposeDocument> openDocuments;

    LoadSession(DocumentParser parser, FileNames names) {
        this(parser, names, Map.of());
    }

    /** {@code openDocuments}: documents the editor holds, used instead of reading those files. */
    LoadSession(DocumentParser parser, FileNames names, Map<Path, ComposeDocument> openDocuments) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.names = Objects.requireNonNull(names, "names");
        this.openDocuments = Map.copyOf(openDocuments);
    }

    FileNames names() {
        return names;
    }

    void warn(LoadWarning warning) {
        warnings.add(warning);
    }

    List<LoadWarning> warnings() {
        return List.copyOf(warnings);
    }

    List<ComposeDocument> documents() {
        return List.copyOf(documents.values());
    }

    /**
     * Reads a file once. A missing file is reported at {@code from}, the place that names it, with
     * {@code what} saying what kind of file it is.
     */
    ComposeDocument read(Path file, SourceLocation from, String what) throws DocumentException {
        Path key = file.toAbsolutePath().normalize();
        ComposeDocument known = documents.get(key);
        if (known != null) {
            return known;
        }
        ComposeDocument open = openDocuments.get(key);
        if (open != null) {
            documents.put(key, open);
            return open;
        }
        String name = names.of(key);
        if (!Files.isRegularFile(key)) {
            throw new DocumentException(from, what + " " + name + (Files.isDirectory(key)
                    ? " is a folder, not a file; name the compose file inside it" : " not found; check the path"));
        }
        byte[] bytes;
        try {
            long size = Files.size(key);
            if (size > parser.limits().maxBytes()) {
                throw new DocumentException(SourceLocation.file(name).withoutPosition(), String.format(
                        "the file is %.1f MiB, over the %.1f MiB limit for compose files; is this really a compose file?",
                        size / 1048576.0, parser.limits().maxBytes() / 1048576.0));
            }
            bytes = Files.readAllBytes(key);
        } catch (IOException e) {
            throw new DocumentException(SourceLocation.file(name).withoutPosition(),
                    "cannot read the file: " + e.getMessage());
        }
        ComposeDocument document = parser.parse(name, key, bytes);
        documents.put(key, document);
        return document;
    }

    /**
     * The file's model, interpolated in {@code scope}: the top level must be a mapping, and the
     * obsolete {@code version} attribute is dropped with Compose's warning.
     */
    YMap model(Path file, Scope scope, SourceLocation from, String what) throws DocumentException {
        Path path = file.toAbsolutePath().normalize();
        Key key = new Key(path, scope);
        YMap known = models.get(key);
        if (known != null) {
            return known;
        }
        ComposeDocument document = read(path, from, what);
        if (!(document.tree() instanceof YMap top)) {
            throw new DocumentException(document.tree().location(), "the top level of a compose file must be "
                    + "a mapping (services:, networks:, ...), not " + document.tree().describeKind());
        }
        YMap model = (YMap) scope.interpolator().interpolate(top, warnings);
        if (model.has("version")) {
            warnings.add(new LoadWarning(model.keyLocation("version"), "the attribute `version` is obsolete, "
                    + "it will be ignored, please remove it to avoid potential confusion"));
            model = model.without("version");
        }
        models.put(key, model);
        return model;
    }

    /** The text of a top-level scalar in a file already read, before interpolation. */
    static YValue rawTopLevel(ComposeDocument document, String key) {
        return document.tree() instanceof YMap top ? top.get(key) : null;
    }
}
