package org.stackcanvas.env;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of interpolating one text.
 *
 * @param value          the text with every reference replaced
 * @param unsetVariables variables referenced without a default that had no value and became "",
 *                       distinct, in the order first met; Compose warns about each of them
 */
public record Interpolation(String value, List<String> unsetVariables) {

    public Interpolation {
        Objects.requireNonNull(value, "value");
        unsetVariables = List.copyOf(unsetVariables);
    }
}
