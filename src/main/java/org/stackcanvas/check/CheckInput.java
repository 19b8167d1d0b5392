package org.stackcanvas.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.stackcanvas.document.ComposeDocument;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.project.LoadedProject;

/**
 * What the checker checks: the files as parsed (with the findings of files that did not parse) and
 * the project loaded from them, or why it could not be loaded.
 */
public record CheckInput(Path directory, List<ComposeDocument> documents, List<Finding> syntaxFindings,
        Optional<LoadedProject> project, Optional<DocumentException> loadError) {

    public CheckInput {
        Objects.requireNonNull(directory, "directory");
        documents = List.copyOf(documents);
        syntaxFindings = List.copyOf(syntaxFindings);
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(loadError, "loadError");
    }

    /** A project the editor already loaded. */
    public static CheckInput of(LoadedProject project) {
        return new CheckInput(project.directory(), project.documents(), List.of(), Optional.of(project),
                Optional.empty());
    }
}
