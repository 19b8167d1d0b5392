package org.stackcanvas.project;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;
import org.stackcanvas.document.DocumentException;
import org.stackcanvas.document.YScalar;

/**
 * A compose file being loaded: its name in messages, where it is, and the folder its relative
 * paths mean (the project directory for the project's own files, the include's project directory
 * for included files, the file's own folder for a file read only for {@code extends}).
 */
record FileContext(String name, Path file, Path baseDirectory) {

    FileContext {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(baseDirectory, "baseDirectory");
    }

    /** The folder the file is in: {@code extends.file} and {@code include} paths are relative to it. */
    Path folder() {
        return file.getParent();
    }

    /** A path written in this file, relative to {@code folder}; an impossible path is a located error. */
    static Path resolve(Path folder, YScalar reference) throws DocumentException {
        try {
            return folder.resolve(reference.text()).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new DocumentException(reference.location(), "'" + reference.text()
                    + "' is not a valid path on this system (" + e.getReason() + "); fix the path");
        }
    }
}
