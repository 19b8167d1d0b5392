package org.stackcanvas.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The built-in sample project shown when the editor starts with no file. */
final class SampleStack {

    static final String RESOURCE = "/org/stackcanvas/sample/compose.yaml";

    private SampleStack() {
    }

    static byte[] composeBytes() {
        try (InputStream in = SampleStack.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the sample stack is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
