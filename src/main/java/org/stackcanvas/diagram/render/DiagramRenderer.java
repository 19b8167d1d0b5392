package org.stackcanvas.diagram.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;
import org.stackcanvas.diagram.GraphLayout;
import org.stackcanvas.diagram.StackGraph;

/**
 * Draws a laid-out stack graph as a file: the picture the canvas shows (node cards with icon, name,
 * image, ports and profiles; wires with their labels; depends_on arrows styled by condition).
 * Works without a display.
 */
public interface DiagramRenderer {

    /** The file extension this renderer writes: {@code svg}, {@code png}. */
    String format();

    void render(StackGraph graph, GraphLayout layout, OutputStream out) throws IOException;

    /** The renderer for a file name's extension ({@code .svg}, {@code .png}), if there is one. */
    static Optional<DiagramRenderer> forFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg")) {
            return Optional.of(new SvgDiagramRenderer());
        }
        if (name.endsWith(".png")) {
            return Optional.of(new PngDiagramRenderer());
        }
        return Optional.empty();
    }
}
