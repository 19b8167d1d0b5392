package org.stackcanvas.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.stackcanvas.document.SourceLocation;

/**
 * A {@code command} or {@code entrypoint}: the form the user chose, the string as written (string
 * form only) and the words Compose passes to the engine. An empty token list means "clear the
 * image's default", which differs from the attribute being absent.
 */
public record CommandLine(Form form, Optional<String> text, List<String> tokens, Optional<String> ignoredText,
        SourceLocation location) {

    /** How the command was written. */
    public enum Form { STRING, LIST }

    public CommandLine {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
        Objects.requireNonNull(ignoredText, "ignoredText");
        Objects.requireNonNull(location, "location");
    }
}
