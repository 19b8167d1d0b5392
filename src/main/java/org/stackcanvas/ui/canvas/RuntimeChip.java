package org.stackcanvas.ui.canvas;

import java.util.Objects;

/**
 * What a service's containers are doing, as a chip on its card.
 *
 * @param text    the state in words with the replicas ({@code healthy 1/1}, {@code exited (3)})
 * @param tone    the colour: {@code ok}, {@code starting}, {@code failed}, {@code restarting} or {@code idle}
 * @param details the tooltip: one line per container
 */
public record RuntimeChip(String text, String tone, String details) {

    public RuntimeChip {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(tone, "tone");
        Objects.requireNonNull(details, "details");
    }
}
