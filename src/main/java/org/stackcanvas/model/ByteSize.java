package org.stackcanvas.model;

import java.util.Objects;

/** A size in bytes together with the text the user wrote ({@code 512m}), which the editor shows. */
public record ByteSize(long bytes, String text) {

    public ByteSize {
        Objects.requireNonNull(text, "text");
    }
}
