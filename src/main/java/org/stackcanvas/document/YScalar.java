package org.stackcanvas.document;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A scalar kept as the text the user wrote. Its kind follows the YAML 1.2 core schema, which is what
 * Compose (Go's yaml.v3) uses: {@code yes}, {@code on} and {@code 22:22} stay strings.
 */
public record YScalar(String text, Kind kind, SourceLocation location, YTag tag) implements YValue {

    public enum Kind { STRING, NULL, BOOL, INT, FLOAT }

    private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
    private static final Pattern BOOL = Pattern.compile("true|True|TRUE|false|False|FALSE");
    private static final Pattern INT = Pattern.compile("[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+");
    private static final Pattern FLOAT = Pattern.compile(
            "[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

    public YScalar {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(tag, "tag");
    }

    /** A plain (unquoted) scalar, typed by the YAML 1.2 core schema. */
    public static YScalar plain(String text, SourceLocation location) {
        return new YScalar(text, kindOfPlain(text), location, YTag.NONE);
    }

    public static YScalar string(String text, SourceLocation location) {
        return new YScalar(text, Kind.STRING, location, YTag.NONE);
    }

    public static YScalar nullValue(SourceLocation location) {
        return new YScalar("", Kind.NULL, location, YTag.NONE);
    }

    public static Kind kindOfPlain(String text) {
        if (NULL.matcher(text).matches()) {
            return Kind.NULL;
        }
        if (BOOL.matcher(text).matches()) {
            return Kind.BOOL;
        }
        if (INT.matcher(text).matches()) {
            return Kind.INT;
        }
        if (FLOAT.matcher(text).matches()) {
            return Kind.FLOAT;
        }
        return Kind.STRING;
    }

    public YScalar withText(String newText) {
        return new YScalar(newText, kind, location, tag);
    }

    @Override
    public YScalar withTag(YTag newTag) {
        return new YScalar(text, kind, location, newTag);
    }

    public boolean asBoolean() {
        return kind == Kind.BOOL && text.equalsIgnoreCase("true");
    }

    @Override
    public String describeKind() {
        return switch (kind) {
            case NULL -> "null";
            case BOOL -> "a boolean";
            case INT -> "a number";
            case FLOAT -> "a number";
            case STRING -> "a string";
        };
    }
}
