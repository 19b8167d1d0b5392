package org.stackcanvas.env;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The backslash escapes compose-go expands inside double-quoted {@code .env} values, before
 * interpolation: the XSI {@code echo} set {@code \a \b \f \n \r \t \v \\ \"}, octal {@code \0ddd},
 * and {@code \$}, which becomes {@code $$} so interpolation turns it into a literal {@code $}.
 * Anything else (Go's {@code \x41}, a backslash before a space) is kept as written, backslash included.
 */
final class DoubleQuoteEscapes {

    // compose-go's candidates; 'c' is among them but has no meaning, so "\c" survives unchanged.
    private static final Pattern ESCAPE = Pattern.compile("\\\\(?:[abcfnrtv$\"\\\\]|0[0-9]{0,3})");

    private DoubleQuoteEscapes() {
    }

    static String expand(String raw) {
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
        Matcher matcher = ESCAPE.matcher(raw);
        StringBuilder out = new StringBuilder(raw.length());
        int copied = 0;
        while (matcher.find()) {
            out.append(raw, copied, matcher.start()).append(translate(matcher.group()));
            copied = matcher.end();
        }
        return out.append(raw, copied, raw.length()).toString();
    }

    private static String translate(String escape) {
        char c = escape.charAt(1);
        switch (c) {
            case 'a': return "\u0007";
            case 'b': return "\b";
            case 'f': return "\f";
            case 'n': return "\n";
            case 'r': return "\r";
            case 't': return "\t";
            case 'v': return "\u000B";
            case '\\': return "\\";
            case '"': return "\"";
            case '$': return "$$";
            case '0': return octal(escape.substring(2));
            default: return escape;
        }
    }

    /**
     * compose-go rewrites {@code \0ddd} to Go's {@code \ddd}, which needs exactly three octal digits
     * worth at most 255. When that fails it keeps the rewritten text, so the {@code 0} is lost:
     * {@code \012} stays {@code \12} and a bare {@code \0} becomes {@code \}.
     */
    private static String octal(String digits) {
        if (digits.length() == 3 && digits.chars().allMatch(d -> d >= '0' && d <= '7')) {
            int value = Integer.parseInt(digits, 8);
            if (value <= 255) {
                return String.valueOf((char) value);
            }
        }
        return "\\" + digits;
    }
}
