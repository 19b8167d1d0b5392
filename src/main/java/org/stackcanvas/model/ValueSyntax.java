package org.stackcanvas.model;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;
import org.stackcanvas.document.YScalar;

/**
 * Scalars as Compose reads them. Attributes typed as booleans or numbers may also be written as
 * strings (that is how a substituted variable arrives), so strings are converted with the same rules
 * compose-go applies after interpolation.
 */
public final class ValueSyntax {

    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private ValueSyntax() {
    }

    /** {@code true}/{@code false} in any case, plus the YAML 1.1 words compose-go still accepts. */
    public static Parsed<Boolean> bool(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "y", "yes", "on" -> Parsed.ok(true);
            case "false", "n", "no", "off" -> Parsed.ok(false);
            default -> Parsed.error("'" + text + "' is not a boolean; use true or false");
        };
    }

    /** A whole number: decimal, or YAML's {@code 0x}/{@code 0o} forms. */
    public static Parsed<Long> integer(String text) {
        String t = text.trim();
        try {
            if (t.startsWith("0x") || t.startsWith("0X")) {
                return Parsed.ok(Long.parseLong(t.substring(2), 16));
            }
            if (t.startsWith("0o")) {
                return Parsed.ok(Long.parseLong(t.substring(2), 8));
            }
            return Parsed.ok(Long.parseLong(t.startsWith("+") ? t.substring(1) : t));
        } catch (NumberFormatException e) {
            return Parsed.error("'" + text + "' is not a whole number");
        }
    }

    public static Parsed<Double> number(String text) {
        String t = text.trim();
        // Java's parser also takes 1d, 0x1p3 and Infinity; Compose does not.
        if (!DECIMAL.matcher(t).matches()) {
            return Parsed.error("'" + text + "' is not a number");
        }
        return Parsed.ok(Double.parseDouble(t));
    }

    /**
     * A file mode: numbers as YAML integers (a leading 0 means octal, as Go's YAML reader takes it),
     * strings always octal, as compose-go reads {@code "0440"}.
     */
    public static Parsed<Long> fileMode(YScalar scalar) {
        String t = scalar.text().trim();
        try {
            if (scalar.kind() == YScalar.Kind.INT) {
                if (t.startsWith("0x") || t.startsWith("0o")) {
                    return integer(t);
                }
                return Parsed.ok(t.length() > 1 && t.startsWith("0") ? Long.parseLong(t, 8) : Long.parseLong(t));
            }
            return Parsed.ok(Long.parseLong(t, 8));
        } catch (NumberFormatException e) {
            return Parsed.error("'" + scalar.text() + "' is not a file mode; use an octal number like 0440");
        }
    }

    /**
     * The text Compose makes of a scalar used where a string is expected (environment values,
     * labels): booleans and numbers as Go prints them, so {@code True} becomes {@code true} and
     * {@code 0x10} becomes {@code 16}.
     */
    public static String composeText(YScalar scalar) {
        return switch (scalar.kind()) {
            case NULL -> "";
            case BOOL -> scalar.text().toLowerCase(Locale.ROOT);
            case INT -> integer(scalar.text()).map(String::valueOf).value().orElse(scalar.text());
            case FLOAT -> plainNumber(scalar.text());
            case STRING -> scalar.text();
        };
    }

    private static String plainNumber(String text) {
        try {
            return new BigDecimal(text).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return text;
        }
    }
}
