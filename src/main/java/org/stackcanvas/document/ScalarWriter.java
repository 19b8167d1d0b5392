package org.stackcanvas.document;

import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Writes one scalar as YAML text. A string is written plain only when every YAML reader Compose
 * users have would read it back as the same string: YAML 1.2 (Compose v2) and YAML 1.1
 * (docker-compose v1, which reads {@code 8080:80} as a number and {@code yes} as true).
 */
public final class ScalarWriter {

    private static final Resolver YAML11 = new Resolver();
    private static final Pattern DIGITS_AND_COLONS = Pattern.compile("[0-9.]*:[0-9.:/a-z-]*");
    private static final Pattern PLAIN_SAFE_START = Pattern.compile("[^-?:,\\[\\]{}#&*!|>'\"%@`\\s]");

    private ScalarWriter() {
    }

    /** The text for {@code value} where a string is meant; {@code flow} when inside [..] or {..}. */
    public static String string(String value, boolean flow) {
        return canBePlain(value, flow) ? value : doubleQuoted(value);
    }

    /** Writes {@code value} in the style the replaced scalar had, where that style can hold it. */
    public static String inStyle(String value, ScalarStyle style, boolean flow) {
        return switch (style) {
            case SINGLE_QUOTED -> value.contains("\n") ? doubleQuoted(value) : singleQuoted(value);
            case DOUBLE_QUOTED -> doubleQuoted(value);
            default -> string(value, flow);
        };
    }

    /** A number, boolean or null keeps its bare text; anything else is a string. */
    public static String typed(YScalar scalar, boolean flow) {
        return scalar.kind() == YScalar.Kind.STRING ? string(scalar.text(), flow)
                : scalar.kind() == YScalar.Kind.NULL ? "null" : scalar.text();
    }

    public static boolean canBePlain(String value, boolean flow) {
        if (value.isEmpty() || value.contains("\n") || value.contains("\r") || value.contains("\t")) {
            return false;
        }
        if (!value.equals(value.strip())) {
            return false;
        }
        char first = value.charAt(0);
        boolean indicatorOk = (first == '-' || first == '?' || first == ':') && value.length() > 1
                && value.charAt(1) != ' ';
        if (!indicatorOk && !PLAIN_SAFE_START.matcher(String.valueOf(first)).matches()) {
            return false;
        }
        if (value.contains(": ") || value.contains(" #") || value.endsWith(":")) {
            return false;
        }
        if (flow && value.chars().anyMatch(c -> ",[]{}".indexOf(c) >= 0)) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7F || c == '\uFEFF') {
                return false;
            }
        }
        if (DIGITS_AND_COLONS.matcher(value).matches()) {
            return false; // "22:22" is a base-60 number to YAML 1.1; quote every port-like value alike
        }
        return YScalar.kindOfPlain(value) == YScalar.Kind.STRING
                && YAML11.resolve(NodeId.scalar, value, true).equals(Tag.STR);
    }

    public static String singleQuoted(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    public static String doubleQuoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        out.append(String.format("\\x%02X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Whether {@code style} is one a replacement may simply keep (block scalars are rewritten). */
    static boolean isInline(ScalarStyle style) {
        return style == ScalarStyle.PLAIN || style == ScalarStyle.SINGLE_QUOTED || style == ScalarStyle.DOUBLE_QUOTED;
    }
}
