package org.stackcanvas.env;

/**
 * Character classes of compose-go's {@code .env} parser. Java's own {@link Character#isWhitespace}
 * differs from Go's {@code unicode.IsSpace} (it rejects U+00A0 and accepts U+001C..U+001F), and
 * those differences decide where keys and values end, so the sets are spelled out here.
 */
final class EnvChars {

    private EnvChars() {
    }

    /** Go's {@code unicode.IsSpace}: the Unicode White_Space property, line feed included. */
    static boolean isSpace(int c) {
        switch (c) {
            case '\t': case '\n': case '\u000B': case '\f': case '\r': case ' ':
            case '\u0085': case '\u00A0': case '\u1680': case '\u2028': case '\u2029':
            case '\u202F': case '\u205F': case '\u3000':
                return true;
            default:
                return c >= '\u2000' && c <= '\u200A';
        }
    }

    /** The parser's own "space but not a line break" set, used around keys and after '='. */
    static boolean isInlineSpace(int c) {
        switch (c) {
            case '\t': case '\u000B': case '\f': case '\r': case ' ': case '\u0085': case '\u00A0':
                return true;
            default:
                return false;
        }
    }

    /** Letters and numbers of any script, and {@code _ . - [ ]}. */
    static boolean isKeyChar(int c) {
        if (c == '_' || c == '.' || c == '-' || c == '[' || c == ']' || Character.isLetter(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    static String trimRight(String s) {
        int end = s.length();
        while (end > 0 && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }
}
