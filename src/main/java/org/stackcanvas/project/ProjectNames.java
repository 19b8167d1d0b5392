package org.stackcanvas.project;

import java.util.Locale;
import java.util.Objects;

/**
 * Compose project names: only lowercase letters, digits, {@code _} and {@code -}, starting with a
 * letter or digit. Names Compose derives (from {@code name:} or the folder) are normalised into
 * that form; names the user gives explicitly must already have it.
 */
public final class ProjectNames {

    private ProjectNames() {
    }

    /** Lowercases, drops every other character, and strips leading {@code _}/{@code -}, like compose-go. */
    public static String normalize(String name) {
        Objects.requireNonNull(name, "name");
        String lower = name.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
                sb.append(c);
            }
        }
        int start = 0;
        while (start < sb.length() && (sb.charAt(start) == '_' || sb.charAt(start) == '-')) {
            start++;
        }
        return sb.substring(start);
    }

    public static boolean isValid(String name) {
        return !name.isEmpty() && normalize(name).equals(name);
    }
}
