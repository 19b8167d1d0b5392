package org.stackcanvas.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Awareness of {@code ${VAR}} references in short syntax. The editor builds the model from text as
 * typed, before variables are substituted, so splitting must not cut inside {@code ${VAR:-a:b}} and a
 * part that still holds a variable cannot be checked yet.
 */
final class Interpolation {

    private Interpolation() {
    }

    /** Whether {@code text} still references a variable ({@code $$} is an escaped dollar, not one). */
    static boolean hasVariable(String text) {
        for (int i = 0; i < text.length() - 1; i++) {
            if (text.charAt(i) != '$') {
                continue;
            }
            char next = text.charAt(i + 1);
            if (next == '$') {
                i++;
            } else if (next == '{' || next == '_' || Character.isLetter(next)) {
                return true;
            }
        }
        return false;
    }

    /** Splits on {@code separator} except inside {@code ${...}}; always returns at least one part. */
    static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if (c == separator && depth == 0) {
                parts.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        parts.add(current.toString());
        return parts;
    }
}
